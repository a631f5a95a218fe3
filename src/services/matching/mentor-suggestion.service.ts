import { findApplicationOf } from '../../db/repositories/application.repository.ts';
import { listMatchingOverrides } from '../../db/repositories/matching-override.repository.ts';
import { listPreferencesOfPerson } from '../../db/repositories/matching-preference.repository.ts';
import { findSupervisorChain, listPartnersOfPerson } from '../../db/repositories/mentor-pool.repository.ts';
import { findProgramMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findReportsBelow } from '../../db/repositories/reporting-chain.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import { explainPair, prepareParticipant, scorePrepared } from '../../domain/matching/scoring/score-pair.ts';
import { conflict, forbidden } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { Program } from '../../domain/program.ts';
import type { ServiceContext } from '../context.ts';
import { getProgram } from '../program.service.ts';
import { loadMentorPool } from './mentor-pool.ts';
import { toMatchingProfile } from './program-cohort.ts';

export type MentorSuggestion = { mentorId: string; mentorName: string; score: number; reasons: string[]; warnings: string[] };

/**
 * The mentee as the engine sees them: their own whole profile, read fresh (their picks apart, to be
 * kept to the pool's mentors); and the people who report to them, whom they may not be suggested as mentors (the
 * pool's mentors carry no chains: a mentor's chain holding the mentee is the mentee's reports
 * holding the mentor).
 */
async function loadMentee(ctx: ServiceContext, program: Program, personId: string) {
  const { db } = ctx;
  const organizationId = program.organizationId;
  const [people, profiles, chain, reports, application, partners, preferences] = await Promise.all([
    findPeopleByIds(db, organizationId, [personId]),
    findProfiles(db, organizationId, [personId]),
    findSupervisorChain(db, organizationId, personId),
    findReportsBelow(db, organizationId, personId),
    findApplicationOf(db, organizationId, { programId: program.id, personId, role: 'mentee' }),
    listPartnersOfPerson(db, organizationId, program.id, personId),
    listPreferencesOfPerson(db, organizationId, program.id, personId),
  ]);
  const person = people[0];
  const profile = profiles.get(personId);
  if (!person || !profile) return undefined;
  const profileSeen = toMatchingProfile(person, profile, {
    supervisorChain: chain,
    customAnswers: application?.status === 'accepted' ? application.answers : {},
    previousPartners: partners,
    exclusions: [],
    rankedPicks: [],
    prefer: [],
    avoid: [],
  });
  const picks = preferences.filter((p) => p.kind === 'pick').map((p) => p.targetId);
  return { profile: profileSeen, picks, reports };
}

/** What a program's mentor pool is prepared for: the active mentors' count and last change. */
const mentorsVersion = (room: { mentors: number; lastChange: string }) => `${room.mentors}@${room.lastChange}`;

/**
 * Prepares a one-to-one program's mentor pool ahead of its mentees' requests (after a matching
 * run, when mentees are about to look), so the first mentee to ask does not wait for it. Resolves
 * when the pool is ready; the pool is the one `suggestMentors` uses.
 */
export async function warmMentorPool(ctx: ServiceContext, program: Program): Promise<void> {
  if (program.type === 'group') return;
  const room = await findProgramMentorRoom(ctx.db, program.organizationId, program.id);
  await loadMentorPool(ctx.db, program, ctx.now(), mentorsVersion(room));
}

const bySuggestionOrder = (a: { score: number; name: string }, b: { score: number; name: string }) =>
  b.score - a.score || a.name.localeCompare(b.name);

/**
 * A mentee's ranked suggestions among the program's mentors, each explained. Mentors with no
 * room (at capacity, counting the circles they lead, or paused) and pairs that break a required
 * rule are never suggested, and the mentee sees only their own scores. Each mentor is scored as
 * the mentee may see them (`asSeenByParticipant`: no matching-only attributes, intake answers or
 * marks), so no score, reason or order tells the mentee what the mentor keeps from them; the
 * coordinator's matching still uses all of it. Group programs form circles, not pairs, so they
 * have no suggestions. Costs one mentee's candidates: the mentors come prepared from the
 * program's pool (`loadMentorPool`), their room is read fresh, and only the best few are explained.
 */
export async function suggestMentors(ctx: ServiceContext, actor: Actor, programId: string, limit = 10): Promise<MentorSuggestion[]> {
  const program = await getProgram(ctx, actor, programId);
  if (!program.myRoles.includes('mentee')) throw forbidden('not_a_mentee', 'Suggestions are for the program’s mentees');
  if (program.type === 'group')
    throw conflict('suggestions_not_for_circles', 'Group programs form circles; mentors are not suggested one by one');
  const [room, leftOut] = await Promise.all([
    findProgramMentorRoom(ctx.db, actor.organizationId, programId),
    listMatchingOverrides(ctx.db, actor.organizationId, programId, 'exclude'),
  ]);
  const excluded = new Set(leftOut.map((o) => o.personId));
  if (excluded.has(actor.personId)) return [];
  const full = new Set(room.withoutRoom);
  // The pool (prepared once per program version) and the mentee (read fresh) side by side.
  const [pool, me] = await Promise.all([
    loadMentorPool(ctx.db, program, ctx.now(), mentorsVersion(room)),
    loadMentee(ctx, program, actor.personId),
  ]);
  const inCohort = pool.mentors.filter((m) => !excluded.has(m.id));
  const mentors = inCohort.filter((m) => m.id !== actor.personId);
  if (!me) return [];
  const inCohortIds = new Set(inCohort.map((m) => m.id));
  const mentee = prepareParticipant({ ...me.profile, rankedPicks: me.picks.filter((id) => inCohortIds.has(id)) }, pool.setup);
  const candidates: Array<{ score: number; name: string; mentor: (typeof mentors)[number] }> = [];
  for (const mentor of mentors) {
    if (full.has(mentor.id) || me.reports.has(mentor.id)) continue;
    const score = scorePrepared(mentee, mentor.prepared, pool.setup);
    if (score >= 0) candidates.push({ score, name: mentor.name, mentor });
  }
  candidates.sort(bySuggestionOrder);
  // Explained: the best `limit`, and any tied with the last of them within rounding.
  const floor = (candidates[Math.min(limit, candidates.length) - 1]?.score ?? 0) - 1e-9;
  const suggestions: MentorSuggestion[] = [];
  // Sorted best first: the explained ones are a prefix.
  const explained = candidates.findIndex((c, k) => k >= limit && c.score < floor);
  for (const { mentor } of explained < 0 ? candidates : candidates.slice(0, explained)) {
    const pair = explainPair(mentee, mentor.prepared, pool.setup);
    if (pair.feasible)
      suggestions.push({ mentorId: mentor.id, mentorName: mentor.name, score: pair.score, reasons: pair.reasons, warnings: pair.warnings });
  }
  return suggestions
    .sort((a, b) => bySuggestionOrder({ score: a.score, name: a.mentorName }, { score: b.score, name: b.mentorName }))
    .slice(0, limit);
}
