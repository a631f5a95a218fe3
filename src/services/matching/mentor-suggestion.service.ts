import { asSeenByParticipant } from '../../domain/matching/scoring/participant-view.ts';
import { createScoringSetup, explainPair, prepareParticipant } from '../../domain/matching/scoring/score-pair.ts';
import { conflict, forbidden } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getProgram } from '../program.service.ts';
import { loadProgramCohort } from './program-cohort.ts';

export type MentorSuggestion = { mentorId: string; mentorName: string; score: number; reasons: string[]; warnings: string[] };

/**
 * A mentee's ranked suggestions among the program's mentors, each explained. Mentors with no
 * room (at capacity, counting the circles they lead, or paused) and pairs that break a required
 * rule are never suggested, and the mentee sees only their own scores. Each mentor is scored as
 * the mentee may see them (`asSeenByParticipant`: no matching-only attributes, intake answers or
 * marks), so no score, reason or order tells the mentee what the mentor keeps from them; the
 * coordinator's matching still uses all of it. Group programs form circles, not pairs, so they
 * have no suggestions.
 */
export async function suggestMentors(ctx: ServiceContext, actor: Actor, programId: string, limit = 10): Promise<MentorSuggestion[]> {
  const program = await getProgram(ctx, actor, programId);
  if (!program.myRoles.includes('mentee')) throw forbidden('not_a_mentee', 'Suggestions are for the program’s mentees');
  if (program.type === 'group')
    throw conflict('suggestions_not_for_circles', 'Group programs form circles; mentors are not suggested one by one');
  const cohort = await loadProgramCohort(ctx.db, program, { policy: 'score', mode: 'optimal', minimumScore: null, now: ctx.now() });
  const me = cohort.mentees.find((m) => m.id === actor.personId);
  if (!me) return [];
  const setup = createScoringSetup(cohort.rules, {
    referenceDate: new Date(cohort.referenceDate),
    customQuestions: cohort.customQuestions,
  });
  const mentee = prepareParticipant(me, setup);
  const suggestions: MentorSuggestion[] = [];
  cohort.mentors.forEach((profile, j) => {
    if ((cohort.capacity[j] ?? 0) <= 0 || profile.id === actor.personId) return;
    const pair = explainPair(mentee, prepareParticipant(asSeenByParticipant(profile), setup), setup);
    if (pair.feasible)
      suggestions.push({
        mentorId: profile.id,
        mentorName: profile.name,
        score: pair.score,
        reasons: pair.reasons,
        warnings: pair.warnings,
      });
  });
  return suggestions.sort((a, b) => b.score - a.score || a.mentorName.localeCompare(b.mentorName)).slice(0, limit);
}
