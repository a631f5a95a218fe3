import type { MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieKind } from '../../../shared/network-ties.ts';
import { defaultMatchingRules } from '../../../shared/schemas/matching-rules.ts';
import { listPeopleOffering } from '../../db/repositories/gap-candidate.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findOrganizationById } from '../../db/repositories/organization.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import { findReportsAmong, findSupervisorsAbove } from '../../db/repositories/reporting-chain.repository.ts';
import { asSeenByParticipant } from '../../domain/matching/scoring/participant-view.ts';
import {
  createScoringSetup,
  explainPair,
  prepareParticipant,
  type PreparedParticipant,
  scorePrepared,
} from '../../domain/matching/scoring/score-pair.ts';
import {
  suggestForGaps,
  toSecondPerson,
  type GapCandidate,
  type GapSuggestions,
  type NetworkGap,
} from '../../domain/networks/gap-suggestions.ts';
import type { Actor, Person } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { toMatchingProfile, type ProfileExtra } from '../matching/program-cohort.ts';
import { getMyNetwork } from './network.service.ts';
import { toMeasuredTie } from './network-view.ts';

export type { GapSuggestions };

/** The suggestions for each gap, and where the needs came from. */
export type MyGapSuggestions = { neededFrom: 'plan' | 'profile' | 'none'; gaps: GapSuggestions[] };

const noExtras: ProfileExtra = {
  supervisorChain: [],
  customAnswers: {},
  previousPartners: [],
  exclusions: [],
  rankedPicks: [],
  prefer: [],
  avoid: [],
};

function kindFor(me: Person, other: Person): NetworkTieKind {
  if (me.seniorityLevel === null || other.seniorityLevel === null || me.seniorityLevel === other.seniorityLevel) return 'peer';
  return other.seniorityLevel > me.seniorityLevel ? 'senior' : 'junior';
}

/**
 * For each gap in the actor's network, up to five people on the platform who could fill it,
 * each with why: scored by the matching engine with the organization's default rules, favouring
 * range. Each candidate is scored as the person may see them (`asSeenByParticipant`), so neither
 * the fit nor the order reveals what a candidate keeps for matching only. Never the actor, their reporting chain, an existing tie, anyone with no room, or
 * anyone a request could not start a relationship with (no open one-to-one or self-directed
 * program in common).
 * For the actor alone (the route is /me).
 *
 * @example const { gaps } = await suggestForMyGaps(ctx, actor); gaps[0].suggestions[0].reason
 */
export async function suggestForMyGaps(ctx: ServiceContext, actor: Actor): Promise<MyGapSuggestions> {
  const network = await getMyNetwork(ctx, actor);
  const { coverage } = network.measures;
  const gaps: NetworkGap[] = coverage.gaps.map((fn: MentoringFunction) => ({
    function: fn,
    expertiseAreas: [...new Set(network.plan.needs.filter((need) => need.functions.includes(fn)).flatMap((need) => need.expertiseAreas))],
  }));
  if (gaps.length === 0) return { neededFrom: coverage.neededFrom, gaps: [] };
  const { organizationId, personId } = actor;
  // Only people a request could start something with (a relationship lives in a program both are in).
  const candidateIds = await listPeopleOffering(
    ctx.db,
    organizationId,
    personId,
    coverage.gaps,
    gaps.flatMap((gap) => gap.expertiseAreas),
  );
  // The reporting chain as far as it matters here: the person's supervisors, and the candidates
  // who report to them (never the whole organization's links).
  const [people, profiles, supervisors, reports, room, organization] = await Promise.all([
    findPeopleByIds(ctx.db, organizationId, [personId, ...candidateIds]),
    findProfiles(ctx.db, organizationId, [personId, ...candidateIds]),
    findSupervisorsAbove(ctx.db, organizationId, personId),
    findReportsAmong(ctx.db, organizationId, personId, candidateIds),
    findMentorRoom(ctx.db, organizationId, candidateIds),
    findOrganizationById(ctx.db, organizationId),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  const me = byId.get(personId);
  const myProfile = profiles.get(personId);
  if (!me || !myProfile)
    return { neededFrom: coverage.neededFrom, gaps: suggestForGaps({ personId, reportingChain: [], gaps, ties: [], candidates: [] }) };
  const reportingChain = [...supervisors, ...reports];
  const setup = createScoringSetup(defaultMatchingRules, { referenceDate: ctx.now() });
  const seeker = prepareParticipant(
    {
      ...toMatchingProfile(me, myProfile, { ...noExtras, supervisorChain: reportingChain }),
      functionsSought: coverage.needed,
      expertiseWanted: [...new Set([...myProfile.expertiseWanted, ...gaps.flatMap((gap) => gap.expertiseAreas)])],
    },
    setup,
  );
  // Every candidate scored (a number each); only the few suggested are explained, below.
  const prepared = new Map<string, PreparedParticipant>();
  const candidates: GapCandidate[] = candidateIds.flatMap((id) => {
    const person = byId.get(id);
    const profile = profiles.get(id);
    if (!person || !profile) return [];
    const candidate = prepareParticipant(asSeenByParticipant(toMatchingProfile(person, profile, noExtras)), setup);
    const fit = scorePrepared(seeker, candidate, setup);
    if (fit < 0) return [];
    prepared.set(id, candidate);
    return [
      {
        personId: id,
        name: person.displayName,
        kind: kindFor(me, person),
        department: person.department,
        organization: organization?.name ?? null,
        profession: profile.profession,
        functionsOffered: profile.functionsOffered,
        expertiseOffered: profile.expertiseOffered,
        room: room.get(id) ?? 0,
        fit,
        fitReasons: [],
      },
    ];
  });
  const ties = network.ties.map((tie) => ({ ...toMeasuredTie(tie), personId: tie.personId }));
  const suggested = suggestForGaps({ personId, reportingChain, gaps, ties, candidates });
  const reasonsOf = new Map<string, string[]>();
  for (const gap of suggested)
    for (const suggestion of gap.suggestions) {
      const candidate = prepared.get(suggestion.personId);
      let reasons = reasonsOf.get(suggestion.personId);
      if (!reasons && candidate) {
        reasons = explainPair(seeker, candidate, setup).reasons.map((reason) => toSecondPerson(reason, me.displayName));
        reasonsOf.set(suggestion.personId, reasons);
      }
      suggestion.details = [...(reasons ?? []), ...suggestion.details];
    }
  return { neededFrom: coverage.neededFrom, gaps: suggested };
}
