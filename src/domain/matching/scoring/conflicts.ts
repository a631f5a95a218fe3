import type { MatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { listHolds } from './id-sets.ts';
import type { MatchingProfile } from './matching-profile.ts';
import type { PreparedParticipant } from './prepare-participant.ts';

/** Why a pair may never be proposed, whatever the weights: stable snake_case ids. */
export type ConflictRule = 'same_person' | 'reporting_chain' | 'excluded' | 'mentor_avoids' | 'repeat_pair';

/**
 * Hot-path conflict check on prepared data: the same person, or either side's blocked list
 * (reporting chain, exclusions, avoid marks, past partners unless repeats are allowed) holds the other.
 */
export function hasConflict(mentee: PreparedParticipant, mentor: PreparedParticipant): boolean {
  return mentee.person === mentor.person || listHolds(mentee.blocked, mentor.person) || listHolds(mentor.blocked, mentee.person);
}

/**
 * Which conflict rules out a pair, or null. Either person's reporting chain counts (a mentor may
 * not mentor their own supervisor either), as do exclusions set on either side.
 *
 * @example findConflict(ana, anasBoss, rules) // 'reporting_chain'
 */
export function findConflict(mentee: MatchingProfile, mentor: MatchingProfile, rules: MatchingRules): ConflictRule | null {
  if (mentee.id === mentor.id) return 'same_person';
  if (mentee.supervisorChain.includes(mentor.id) || mentor.supervisorChain.includes(mentee.id)) return 'reporting_chain';
  if (mentee.exclusions.includes(mentor.id) || mentor.exclusions.includes(mentee.id)) return 'excluded';
  if (mentor.avoid.includes(mentee.id) || mentee.avoid.includes(mentor.id)) return 'mentor_avoids';
  const repeat = mentee.previousPartners.includes(mentor.id) || mentor.previousPartners.includes(mentee.id);
  return repeat && !rules.allowRepeatPairs ? 'repeat_pair' : null;
}
