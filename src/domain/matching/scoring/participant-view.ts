import type { MatchingProfile } from './matching-profile.ts';

/**
 * Another person as a participant may see them, for scoring a pair that participant will see
 * (a mentee's suggested mentors, the people suggested for a gap in one's network). Everything a
 * participant sees must be computable from what they may see, so the score, the explanation, the
 * order and which pairs are feasible leave out what the other person keeps from them:
 * background attributes kept for matching only (only `shared` ones stay; private ones never
 * reached the engine), their answers to the intake form (read by coordinators), and their own
 * preference marks and picks (nobody learns who preferred or avoided them). Their public profile
 * and the facts both sides know (reporting lines, earlier pairs) stay. The viewer's own profile is
 * used whole: it is theirs. Coordinators' matching scores whole profiles.
 *
 * @example
 * const mentee = prepareParticipant(me, setup);
 * explainPair(mentee, prepareParticipant(asSeenByParticipant(mentorProfile), setup), setup).score
 * // the same whatever the mentor keeps for matching only
 */
export function asSeenByParticipant(other: MatchingProfile): MatchingProfile {
  return {
    ...other,
    matchingAttributes: other.matchingAttributes.filter((attribute) => attribute.visibility === 'shared'),
    customAnswers: {},
    rankedPicks: [],
    prefer: [],
    avoid: [],
  };
}
