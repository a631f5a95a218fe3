import {
  defaultMatchingRules,
  MatchingRulesSchema,
  type MatchingProfile,
  type MatchingRules,
} from '../../../shared/schemas/matching-rules.ts';
import { listApplicationsOfProgram } from '../../db/repositories/application.repository.ts';
import { listEnrolmentsOfProgram } from '../../db/repositories/enrolment.repository.ts';
import { findCurrentIntakeForm } from '../../db/repositories/intake-form.repository.ts';
import { listMatchingOverrides } from '../../db/repositories/matching-override.repository.ts';
import {
  listMentorsWanted,
  listPreferencesOfProgram,
  type MatchingPreference,
} from '../../db/repositories/matching-preference.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findProfiles, listSupervisorLinks } from '../../db/repositories/profile.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { listPairsOfProgram } from '../../db/repositories/relationship.repository.ts';
import type { Database } from '../../db/database.ts';
import { matchingAttributesOf } from '../../domain/matching/scoring/matching-profile.ts';
import type { Person } from '../../domain/person.ts';
import type { Profile } from '../../domain/profile.ts';
import type { Program } from '../../domain/program.ts';
import type { CohortJob } from './cohort-job.ts';

/** A program's matching rules: the coordinator's, or the defaults. */
export function rulesOf(program: Program): MatchingRules {
  const parsed = MatchingRulesSchema.safeParse(program.matchingRules ?? {});
  return parsed.success ? parsed.data : defaultMatchingRules;
}

function supervisorChain(personId: string, links: Map<string, string>): string[] {
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
export function toMatchingProfile(person: Person, profile: Profile, extra: ProfileExtra): MatchingProfile {
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

/**
 * What a participant stated, kept to the people of this cohort: a mentee's picks among its
 * mentors (first choice first, so a pick who left moves the later ones up) and a mentor's marks.
 */
function statedBy(
  personId: string,
  role: 'mentor' | 'mentee',
  preferences: MatchingPreference[],
  cohortIds: Set<string>,
): Pick<MatchingProfile, 'rankedPicks' | 'prefer' | 'avoid'> {
  const mine = preferences.filter((p) => p.personId === personId && cohortIds.has(p.targetId));
  const targets = (kind: MatchingPreference['kind']) => mine.filter((p) => p.kind === kind).map((p) => p.targetId);
  if (role === 'mentee') return { rankedPicks: targets('pick'), prefer: [], avoid: [] };
  return { rankedPicks: [], prefer: targets('prefer'), avoid: targets('avoid') };
}

/**
 * Gathers a program's cohort for the engine: active mentors and mentees (minus people left out),
 * their profiles and intake answers, reporting chains, earlier pairs, each mentor's room left
 * (capacity minus active relationships and active circles led anywhere, nothing while paused:
 * `findMentorRoom`), each mentee's need (the
 * mentors they want minus those they have here) and the picks and prefer/avoid marks stated.
 */
export async function loadProgramCohort(
  db: Database,
  program: Program,
  options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'> & { now: Date },
): Promise<CohortJob> {
  const organizationId = program.organizationId;
  const overrides = await listMatchingOverrides(db, organizationId, program.id);
  const excluded = new Set(overrides.filter((o) => o.kind === 'exclude').map((o) => o.personId));
  const enrolments = (await listEnrolmentsOfProgram(db, organizationId, program.id)).filter(
    (e) => e.status === 'active' && !excluded.has(e.personId),
  );
  const menteeIds = [...new Set(enrolments.filter((e) => e.role === 'mentee').map((e) => e.personId))];
  const mentorIds = [...new Set(enrolments.filter((e) => e.role === 'mentor').map((e) => e.personId))];
  const [people, profiles, links, pairs, mentorRoom, form, applications, preferences, mentorsWanted] = await Promise.all([
    findPeopleByIds(db, organizationId, [...menteeIds, ...mentorIds]),
    findProfiles(db, organizationId, [...menteeIds, ...mentorIds]),
    listSupervisorLinks(db, organizationId),
    listPairsOfProgram(db, organizationId, program.id),
    findMentorRoom(db, organizationId, mentorIds),
    findCurrentIntakeForm(db, organizationId, program.id),
    listApplicationsOfProgram(db, organizationId, program.id, 'accepted'),
    listPreferencesOfProgram(db, organizationId, program.id),
    listMentorsWanted(db, organizationId, program.id),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const answersOf = (personId: string, role: 'mentor' | 'mentee') =>
    applications.find((a) => a.personId === personId && a.role === role)?.answers ?? {};
  const partnersOf = (personId: string) =>
    pairs.filter((p) => p.mentorId === personId || p.menteeId === personId).map((p) => (p.mentorId === personId ? p.menteeId : p.mentorId));
  const profileFor = (personId: string, role: 'mentor' | 'mentee') => {
    const person = byId.get(personId);
    const profile = profiles.get(personId);
    if (!person || !profile) return undefined;
    const stated = statedBy(personId, role, preferences, new Set(role === 'mentee' ? mentorIds : menteeIds));
    return toMatchingProfile(person, profile, {
      supervisorChain: supervisorChain(personId, links),
      customAnswers: answersOf(personId, role),
      previousPartners: partnersOf(personId),
      exclusions: [],
      ...stated,
    });
  };
  const mentees = menteeIds.map((id) => profileFor(id, 'mentee')).filter((p): p is MatchingProfile => p !== undefined);
  const mentors = mentorIds.map((id) => profileFor(id, 'mentor')).filter((p): p is MatchingProfile => p !== undefined);
  const activeAsMentee = (id: string) => pairs.filter((p) => p.menteeId === id && p.status === 'active').length;
  return {
    mentees,
    mentors,
    demand: mentees.map((m) => Math.max(0, (mentorsWanted.get(m.id) ?? 1) - activeAsMentee(m.id))),
    capacity: mentors.map((m) => mentorRoom.get(m.id) ?? 0),
    rules: rulesOf(program),
    referenceDate: options.now.toISOString(),
    customQuestions: form?.customQuestions ?? [],
    locks: overrides.filter((o) => o.kind === 'lock').map((o) => ({ menteeId: o.menteeId ?? '', mentorId: o.mentorId ?? '' })),
    forbids: overrides.filter((o) => o.kind === 'forbid').map((o) => ({ menteeId: o.menteeId ?? '', mentorId: o.mentorId ?? '' })),
    policy: options.policy,
    mode: options.mode,
    minimumScore: options.minimumScore,
  };
}
