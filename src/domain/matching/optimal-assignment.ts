import { buildFlowModel, mentorNode } from './flow-model.ts';
import { countReducedCostViolations, solveMinCostFlow } from './min-cost-flow.ts';
import type { Match, MatchingPolicy, MatchingProblem, MatchingResult, UnmatchedReason } from './problem.ts';

/** Scores become integer costs at this resolution, so the solver's arithmetic is exact. */
export const SCORE_SCALE = 1_000_000;

/**
 * The integer cost of using a pair: its score at SCORE_SCALE resolution, plus one unit so that,
 * between equal totals, more people matched wins (a pair scoring 0 is still better than none),
 * plus the participation bonus when that policy is on.
 */
export function pairCost(score: number, bonus: number): number {
  return -(Math.round(score * SCORE_SCALE) + 1 + bonus);
}

export type AssignmentOptions = {
  policy?: MatchingPolicy;
  /** Pairs scoring below this are never proposed. */
  minimumScore?: number;
  /** Called with the number of mentee slots matched so far. */
  onProgress?: (matchedSlots: number) => void;
};

/**
 * The optimal whole-cohort assignment: the most total score (or, with `participation`, the most
 * matched mentee slots and then the most score) such that no mentor exceeds their capacity, no
 * mentee gets more mentors than their demand, and each pair is used at most once. Solved exactly
 * as a min-cost flow; `optimal` reports whether the dual certificate checks out.
 *
 * @example solveOptimalAssignment(buildProblem(['e1'], [1], ['m1'], [2], [{ mentee: 0, mentor: 0, score: 0.8 }]))
 */
export function solveOptimalAssignment(problem: MatchingProblem, options: AssignmentOptions = {}): MatchingResult {
  const started = performance.now();
  const menteeCount = problem.menteeIds.length;
  const mentorCount = problem.mentorIds.length;
  const minimum = options.minimumScore ?? Number.NEGATIVE_INFINITY;
  const pairCount = problem.pairScore.length;
  // One more matched slot must beat any score reshuffle along an augmenting path.
  const bonus = options.policy === 'participation' ? SCORE_SCALE * (2 * Math.min(menteeCount, mentorCount) + 2) : 0;

  const model = buildFlowModel(problem, (p) => {
    const score = problem.pairScore[p] as number;
    return score < minimum ? null : pairCost(score, bonus);
  });
  const { network, pairArc, potential } = model;
  const solution = solveMinCostFlow(network, model.source, model.sink, potential, options.onProgress);

  const matches: Match[] = [];
  const matchedSlots = new Int32Array(menteeCount);
  let total = 0;
  for (let p = 0; p < pairCount; p++) {
    const arc = pairArc[p] as number;
    if (arc < 0 || (network.residual[2 * arc] as number) > 0) continue;
    const mentee = problem.pairMentee[p] as number;
    const score = problem.pairScore[p] as number;
    matches.push({ mentee, mentor: problem.pairMentor[p] as number, pair: p, score });
    matchedSlots[mentee] = (matchedSlots[mentee] as number) + 1;
    total += score;
  }
  return {
    matches,
    unmatched: explainUnmatched(problem, matchedSlots, minimum),
    total,
    optimal:
      countReducedCostViolations(network, solution.potential) === 0 &&
      (solution.gap === 0 || (solution.flow === 0 && solution.gap >= 0)),
    potentials: solution.potential,
    reducedCostOf: (mentee, mentor, score, needs) => {
      const c = pairCost(score, bonus) - (potential[mentorNode(problem, mentor)] as number);
      const firstNeed = model.firstNeedNode[mentee] as number;
      if (firstNeed < 0) return c + (potential[1 + mentee] as number);
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 31; k++) if (needs & (1 << k)) best = Math.min(best, potential[firstNeed + k] as number);
      return c + best;
    },
    stats: { augmentations: solution.augmentations, seconds: (performance.now() - started) / 1000 },
  };
}

/** Why each mentee with open slots got no (more) mentors. */
export function explainUnmatched(
  problem: MatchingProblem,
  matchedSlots: Int32Array,
  minimum: number,
): MatchingResult['unmatched'] {
  const anyPair = new Uint8Array(problem.menteeIds.length);
  const anyAboveMinimum = new Uint8Array(problem.menteeIds.length);
  for (let p = 0; p < problem.pairScore.length; p++) {
    const mentee = problem.pairMentee[p] as number;
    anyPair[mentee] = 1;
    if ((problem.pairScore[p] as number) >= minimum) anyAboveMinimum[mentee] = 1;
  }
  const unmatched: MatchingResult['unmatched'] = [];
  for (let i = 0; i < problem.menteeIds.length; i++) {
    const missing = (problem.demand[i] as number) - (matchedSlots[i] as number);
    if (missing <= 0) continue;
    const reason: UnmatchedReason = !anyPair[i] ? 'no_feasible_mentor' : !anyAboveMinimum[i] ? 'below_minimum_score' : 'capacity_exhausted';
    unmatched.push({ mentee: i, missing, reason });
  }
  return unmatched;
}
