import {
  defaultMatchingRules,
  MatchingRulesSchema,
  type MatchingProfile,
  type MatchingRules,
} from '../../../shared/schemas/matching-rules.ts';
import { type Application, listApplicationsOfProgram } from '../../db/repositories/application.repository.ts';
import { findCurrentIntakeForm } from '../../db/repositories/intake-form.repository.ts';
import { listMatchingOverrides } from '../../db/repositories/matching-override.repository.ts';
import {
  listMentorsWanted,
  listPreferencesOfProgram,
  type MatchingPreference,
} from '../../db/repositories/matching-preference.repository.ts';
import { listSupervisorLinks } from '../../db/repositories/profile.repository.ts';
import { listActiveParticipants } from '../../db/repositories/program-cohort.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { listPairsOfProgram } from '../../db/repositories/relationship.repository.ts';
import type { Database } from '../../db/database.ts';
import { matchingAttributesOf, type MatchingPerson, type MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import type { Program } from '../../domain/program.ts';
import type { CohortJob } from './cohort-job.ts';
import type { PackedCohortJob } from './cohort-job-types.ts';
import { forEachPeopleSlice } from './cohort-people.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** A program's matching rules: the coordinator's, or the defaults. */
export function rulesOf(program: Program): MatchingRules {
  const parsed = MatchingRulesSchema.safeParse(program.matchingRules ?? {});
  return parsed.success ? parsed.data : defaultMatchingRules;
}

/** A person's reporting chain up the links (supervisor first), stopping at a repeat or 20 people. */
export function supervisorChain(personId: string, links: ReadonlyMap<string, string>): string[] {
  const chain: string[] = [];
  for (let current = links.get(personId); current && !chain.includes(current) && chain.length < 20; current = links.get(current))
    chain.push(current);
  return chain;
}

export type ProfileExtra = Pick<
  MatchingProfile,
  'supervisorChain' | 'customAnswers' | 'previousPartners' | 'exclusions' | 'rankedPicks' | 'prefer' | 'avoid'
>;

/** The engine's view of a person and profile (private attributes dropped), with the program-specific extras. */
export function toMatchingProfile(person: MatchingPerson, profile: MatchingProfileFields, extra: ProfileExtra): MatchingProfile {
  return {
    id: person.id,
    name: person.displayName,
    department: person.department,
    seniority: person.seniorityLevel,
    timeZone: person.timeZone,
    languages: person.languages,
    expertiseOffered: profile.expertiseOffered,
    expertiseWanted: profile.expertiseWanted,
    functionsOffered: profile.functionsOffered,
    functionsSought: profile.functionsSought,
    approach: profile.approach,
    availabilityHoursPerMonth: profile.availabilityHoursPerMonth,
    preferredChannels: profile.preferredChannels,
    interests: profile.interests,
    education: profile.education,
    profession: profile.profession,
    // Private attributes are dropped here: the engine never sees them.
    matchingAttributes: matchingAttributesOf(profile.identityAttributes),
    ...extra,
  };
}

/** What each person stated, by person (picks in rank order): built once per cohort. */
function preferencesByPerson(preferences: MatchingPreference[]): Map<string, MatchingPreference[]> {
  const byPerson = new Map<string, MatchingPreference[]>();
  for (const preference of preferences) {
    const list = byPerson.get(preference.personId);
    if (list) list.push(preference);
    else byPerson.set(preference.personId, [preference]);
  }
  return byPerson;
}

/**
 * What a participant stated, kept to the people of this cohort: a mentee's picks among its
 * mentors (first choice first, so a pick who left moves the later ones up) and a mentor's marks.
 */
function statedBy(
  role: 'mentor' | 'mentee',
  mine: readonly MatchingPreference[],
  cohortIds: ReadonlySet<string>,
): Pick<MatchingProfile, 'rankedPicks' | 'prefer' | 'avoid'> {
  const targets = (kind: MatchingPreference['kind']) =>
    mine.filter((p) => p.kind === kind && cohortIds.has(p.targetId)).map((p) => p.targetId);
  if (role === 'mentee') return { rankedPicks: targets('pick'), prefer: [], avoid: [] };
  return { rankedPicks: [], prefer: targets('prefer'), avoid: targets('avoid') };
}

type Pair = { mentorId: string; menteeId: string; status: string };

/** Each person's earlier partners in the program (in the pairs' order), and each mentee's active pairs. */
function partnersByPerson(pairs: readonly Pair[]): { partners: Map<string, string[]>; activeAsMentee: Map<string, number> } {
  const partners = new Map<string, string[]>();
  const activeAsMentee = new Map<string, number>();
  const add = (personId: string, partnerId: string) => {
    const list = partners.get(personId);
    if (list) list.push(partnerId);
    else partners.set(personId, [partnerId]);
  };
  for (const pair of pairs) {
    add(pair.mentorId, pair.menteeId);
    if (pair.menteeId !== pair.mentorId) add(pair.menteeId, pair.mentorId);
    if (pair.status === 'active') activeAsMentee.set(pair.menteeId, (activeAsMentee.get(pair.menteeId) ?? 0) + 1);
  }
  return { partners, activeAsMentee };
}

type CohortOptions = Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'> & { now: Date };

/** A cohort whose people are kept as `pack` made them, a slice per read. */
type SlicedCohort<T> = Omit<CohortJob, 'mentees' | 'mentors'> & {
  mentees: { ids: string[]; slices: T[] };
  mentors: { ids: string[]; slices: T[] };
};

/**
 * Gathers a program's cohort for the engine: active mentors and mentees (minus people left out),
 * their profiles and intake answers, reporting chains, earlier pairs, each mentor's room left
 * (capacity minus active relationships and active circles led anywhere, nothing while paused:
 * `findMentorRoom`), each mentee's need (the mentors they want minus those they have here) and the
 * picks and prefer/avoid marks stated. Linear in the cohort: every lookup is a map built once;
 * people are read and prepared 2,000 at a time, each slice handed to `pack` in its own turn of
 * the event loop (mentees first, then mentors, in enrolment order).
 */
async function loadCohortInSlices<T>(
  db: Database,
  program: Program,
  options: CohortOptions,
  pack: (profiles: MatchingProfile[]) => T,
): Promise<SlicedCohort<T>> {
  const organizationId = program.organizationId;
  const overrides = await listMatchingOverrides(db, organizationId, program.id);
  const excluded = new Set(overrides.filter((o) => o.kind === 'exclude').map((o) => o.personId));
  const enrolments = (await listActiveParticipants(db, organizationId, program.id)).filter((e) => !excluded.has(e.personId));
  const menteeIds = [...new Set(enrolments.filter((e) => e.role === 'mentee').map((e) => e.personId))];
  const mentorIds = [...new Set(enrolments.filter((e) => e.role === 'mentor').map((e) => e.personId))];
  const links = await listSupervisorLinks(db, organizationId);
  await yieldToEventLoop();
  const [pairs, mentorRoom, form, applications, preferences, mentorsWanted] = await Promise.all([
    listPairsOfProgram(db, organizationId, program.id),
    findMentorRoom(db, organizationId, mentorIds),
    findCurrentIntakeForm(db, organizationId, program.id),
    listApplicationsOfProgram(db, organizationId, program.id, 'accepted'),
    listPreferencesOfProgram(db, organizationId, program.id),
    listMentorsWanted(db, organizationId, program.id),
  ]);
  const answers = new Map<string, Application['answers']>();
  // The first application per person and role, as a `find` over the list would give.
  for (const a of applications) if (!answers.has(`${a.role}:${a.personId}`)) answers.set(`${a.role}:${a.personId}`, a.answers);
  const { partners, activeAsMentee } = partnersByPerson(pairs);
  const stated = preferencesByPerson(preferences);
  const menteeSet = new Set(menteeIds);
  const mentorSet = new Set(mentorIds);
  const cohort: SlicedCohort<T> = {
    mentees: { ids: [], slices: [] },
    mentors: { ids: [], slices: [] },
    demand: [],
    capacity: [],
    rules: rulesOf(program),
    referenceDate: options.now.toISOString(),
    customQuestions: form?.customQuestions ?? [],
    locks: overrides.filter((o) => o.kind === 'lock').map((o) => ({ menteeId: o.menteeId ?? '', mentorId: o.mentorId ?? '' })),
    forbids: overrides.filter((o) => o.kind === 'forbid').map((o) => ({ menteeId: o.menteeId ?? '', mentorId: o.mentorId ?? '' })),
    policy: options.policy,
    mode: options.mode,
    minimumScore: options.minimumScore,
  };
  let position = 0;
  await forEachPeopleSlice(db, organizationId, [...menteeIds, ...mentorIds], (slice) => {
    const sides = { mentee: [] as MatchingProfile[], mentor: [] as MatchingProfile[] };
    for (const personId of slice.ids) {
      // Mentees come first: someone enrolled in both roles is read twice, once for each.
      const role = position++ < menteeIds.length ? 'mentee' : 'mentor';
      const found = slice.people.get(personId);
      if (!found) continue;
      const profile = toMatchingProfile(found.person, found.profile, {
        supervisorChain: supervisorChain(personId, links),
        customAnswers: answers.get(`${role}:${personId}`) ?? {},
        previousPartners: partners.get(personId) ?? [],
        exclusions: [],
        ...statedBy(role, stated.get(personId) ?? [], role === 'mentee' ? mentorSet : menteeSet),
      });
      sides[role].push(profile);
      if (role === 'mentee') {
        cohort.mentees.ids.push(personId);
        cohort.demand.push(Math.max(0, (mentorsWanted.get(personId) ?? 1) - (activeAsMentee.get(personId) ?? 0)));
      } else {
        cohort.mentors.ids.push(personId);
        cohort.capacity.push(mentorRoom.get(personId) ?? 0);
      }
    }
    if (sides.mentee.length > 0) cohort.mentees.slices.push(pack(sides.mentee));
    if (sides.mentor.length > 0) cohort.mentors.slices.push(pack(sides.mentor));
  });
  return cohort;
}

/**
 * A program's cohort for the engine, as objects (`loadCohortInSlices`): for the command line, the
 * benches and tests. A run in the server holds it as text (`loadPackedProgramCohort`).
 */
export async function loadProgramCohort(db: Database, program: Program, options: CohortOptions): Promise<CohortJob> {
  const cohort = await loadCohortInSlices(db, program, options, (profiles) => profiles);
  return { ...cohort, mentees: cohort.mentees.slices.flat(), mentors: cohort.mentors.slices.flat() };
}

/**
 * A program's cohort with each slice of profiles kept as JSON text the moment it is prepared, for
 * a run's worker thread to read: the main thread holds strings, not 25,000 profiles of objects.
 */
export function loadPackedProgramCohort(db: Database, program: Program, options: CohortOptions): Promise<PackedCohortJob> {
  return loadCohortInSlices(db, program, options, (profiles) => JSON.stringify(profiles));
}
