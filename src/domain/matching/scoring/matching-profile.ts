import type { IdentityAttribute } from '../../../../shared/schemas/profiles.ts';
import type { MatchingAttribute, MatchingProfile } from '../../../../shared/schemas/matching-rules.ts';
import type { Person } from '../../person.ts';
import type { Profile } from '../../profile.ts';

/**
 * One participant as the scoring sees them: the enrolment data that matters for matching, with
 * background attributes already limited to those the person allowed for matching. The type comes
 * from `MatchingProfileSchema` in shared/, so the CLI and the API parse the same shape.
 */
export type { MatchingAttribute, MatchingProfile };

/**
 * The identity attributes a person allowed the engine to use: `matching_only` and `shared`.
 * Private attributes are dropped here and never reach the scoring.
 *
 * @example matchingAttributesOf([{ label: 'Parent', value: 'yes', visibility: 'private' }]) // []
 */
export function matchingAttributesOf(attributes: readonly IdentityAttribute[]): MatchingAttribute[] {
  const allowed: MatchingAttribute[] = [];
  for (const { label, value, visibility } of attributes) {
    if (visibility !== 'private') allowed.push({ label, value, visibility });
  }
  return allowed;
}

/**
 * A matching profile with every optional field empty, for tests and for people who filled in
 * little of the intake form.
 *
 * @example blankMatchingProfile('p1', 'Ana')
 */
export function blankMatchingProfile(id: string, name: string): MatchingProfile {
  return {
    id,
    name,
    department: null,
    seniority: null,
    timeZone: null,
    languages: [],
    expertiseOffered: [],
    expertiseWanted: [],
    functionsOffered: [],
    functionsSought: [],
    approach: null,
    availabilityHoursPerMonth: null,
    preferredChannels: [],
    interests: [],
    education: null,
    profession: null,
    matchingAttributes: [],
    supervisorChain: [],
    customAnswers: {},
    rankedPicks: [],
    prefer: [],
    avoid: [],
    previousPartners: [],
    exclusions: [],
  };
}

/** What the engine reads of a person's row. */
export type MatchingPerson = Pick<Person, 'id' | 'displayName' | 'department' | 'seniorityLevel' | 'timeZone' | 'languages'>;
/** What the engine reads of a profile. */
export type MatchingProfileFields = Pick<
  Profile,
  | 'expertiseOffered'
  | 'expertiseWanted'
  | 'functionsOffered'
  | 'functionsSought'
  | 'approach'
  | 'availabilityHoursPerMonth'
  | 'preferredChannels'
  | 'interests'
  | 'education'
  | 'profession'
  | 'identityAttributes'
>;
