import type { MatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { explainPair, type PairScore } from './explain-pair.ts';
import type { MatchingProfile } from './matching-profile.ts';
import { prepareParticipant } from './prepare-participant.ts';
import { createScoringSetup, type ScoringContext } from './scoring-setup.ts';

export type { PairContribution, PairScore } from './explain-pair.ts';
export type { PreparedParticipant } from './prepare-participant.ts';
export type { ScoringContext, ScoringSetup } from './scoring-setup.ts';
export { createScoringSetup } from './scoring-setup.ts';
export { prepareParticipant } from './prepare-participant.ts';
export { scoreCriteria, scorePrepared } from './score-prepared.ts';
export { explainPair } from './explain-pair.ts';

/**
 * Scores one mentee-mentor pair under a program's rules, with its explanation. Convenient for a
 * single pair (a coordinator's manual pairing, a test); for a whole cohort, create one setup,
 * prepare each participant once and call `scorePrepared`, then `explainPair` for the pairs proposed.
 *
 * @example
 * const result = scorePair(ana, bo, defaultMatchingRules, { referenceDate: new Date('2027-03-01') });
 * result.reasons // ['offers budgeting, which Ana wants', 'both speak Portuguese', '4 hours of shared working time']
 */
export function scorePair(mentee: MatchingProfile, mentor: MatchingProfile, rules: MatchingRules, context: ScoringContext): PairScore {
  const setup = createScoringSetup(rules, context);
  return explainPair(prepareParticipant(mentee, setup), prepareParticipant(mentor, setup), setup);
}
