import { matchingCriteria, type MatchingCriterion } from '../../../../shared/schemas/matching-rules.ts';
import { describeApproachFit, warnApproachFit } from './approach-fit.ts';
import { describeCommonGround } from './common-ground.ts';
import { findConflict } from './conflicts.ts';
import { describeCustomQuestions } from './custom-questions.ts';
import { evaluateCriteria, weightedMean } from './evaluate-criteria.ts';
import { describeExpertiseFit } from './expertise-fit.ts';
import {
  describeAvailabilityFit,
  describeChannelsFit,
  describeLanguageFit,
  describeTimeZoneFit,
  overlapMinutes,
  warnAvailabilityFit,
  warnTimeZoneFit,
} from './logistics.ts';
import { describeFunctionsFit } from './mentoring-functions.ts';
import { describePreferences } from './preferences.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import type { ScoringSetup } from './scoring-setup.ts';
import { describeSeniority, seniorityGap, warnSeniority } from './seniority.ts';

/** What one criterion added to a pair's score: `points` is weight × value. */
export type PairContribution = { criterion: MatchingCriterion; weight: number; value: number; points: number };

/** A scored pair with its explanation, for the pairs finally proposed and for coordinators' review. */
export type PairScore = {
  feasible: boolean;
  /** A conflict id (`reporting_chain`, `repeat_pair`, …) or the name of the required criterion the pair fails. */
  failedRule: string | null;
  /** Weighted mean of the contributions, 0..1 (computed even for infeasible pairs, for review). */
  score: number;
  /** One per criterion that could be judged, in the order of `matchingCriteria`. */
  contributions: PairContribution[];
  /** At most three reasons in plain words, most points first. */
  reasons: string[];
  warnings: string[];
};

const MAX_REASONS = 3;

/**
 * Scores a prepared pair and explains it: contributions, top reasons and warnings. Slower than
 * `scorePrepared` (it builds strings); its score and feasibility always agree with it.
 *
 * @example explainPair(ana, bo, setup).reasons // ['offers budgeting, which Ana wants', 'both speak Portuguese', …]
 */
export function explainPair(mentee: PreparedParticipant, mentor: PreparedParticipant, setup: ScoringSetup): PairScore {
  const values = new Float64Array(matchingCriteria.length);
  const below = evaluateCriteria(mentee, mentor, setup, values) & setup.requiredMask;
  const failedCriterion = matchingCriteria.find((_, i) => (below >> i) & 1) ?? null;
  const failedRule = findConflict(mentee.profile, mentor.profile, setup.rules) ?? failedCriterion;
  const contributions: PairContribution[] = [];
  const reasons: Array<{ text: string; points: number }> = [];
  matchingCriteria.forEach((criterion, i) => {
    const value = values[i] as number;
    if (Number.isNaN(value)) return;
    const weight = setup.weight[i] as number;
    contributions.push({ criterion, weight, value, points: weight * value });
    const text = value > 0 ? describe(criterion, mentee, mentor, setup, value) : null;
    if (text) reasons.push({ text, points: weight * value });
  });
  reasons.sort((a, b) => b.points - a.points);
  return {
    feasible: failedRule === null,
    failedRule,
    score: weightedMean(values, setup.weight),
    contributions,
    reasons: reasons.slice(0, MAX_REASONS).map((reason) => reason.text),
    warnings: warn(mentee, mentor, values),
  };
}

function describe(
  criterion: MatchingCriterion,
  mentee: PreparedParticipant,
  mentor: PreparedParticipant,
  setup: ScoringSetup,
  value: number,
): string | null {
  switch (criterion) {
    case 'expertise':
      return describeExpertiseFit(mentee, mentor, setup.exchangeExpertise);
    case 'functions':
      return describeFunctionsFit(mentee, mentor);
    case 'approach':
      return describeApproachFit(mentee, mentor, value);
    case 'commonGround':
      return describeCommonGround(mentee, mentor, setup.rules.countDepartment);
    case 'language':
      return describeLanguageFit(mentee, mentor);
    case 'timeZone':
      return describeTimeZoneFit(overlapMinutes(mentee, mentor));
    case 'availability':
      return describeAvailabilityFit(mentee, mentor);
    case 'channels':
      return describeChannelsFit(mentee, mentor);
    case 'seniority':
      return describeSeniority(seniorityGap(mentee, mentor));
    case 'preferences':
      return describePreferences(mentee, mentor);
    case 'customQuestions':
      return describeCustomQuestions(mentee, mentor, setup);
  }
}

function warn(mentee: PreparedParticipant, mentor: PreparedParticipant, values: Float64Array): string[] {
  const at = (criterion: MatchingCriterion) => values[matchingCriteria.indexOf(criterion)] as number;
  const warnings = [
    warnApproachFit(mentee, mentor, at('approach')),
    Number.isNaN(at('timeZone')) ? null : warnTimeZoneFit(overlapMinutes(mentee, mentor)),
    at('language') === 0 ? 'no language in common' : null,
    warnAvailabilityFit(mentee, mentor, at('availability')),
    Number.isNaN(at('seniority')) ? null : warnSeniority(mentee, mentor, seniorityGap(mentee, mentor)),
  ];
  return warnings.filter((warning): warning is string => warning !== null);
}
