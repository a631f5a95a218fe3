import { solveByCostScaling } from './cost-scaling.ts';
import { buildFlowModel, mentorNode, servedNeed, type FlowModel } from './flow-model.ts';
import { countReducedCostViolations, solveMinCostFlow } from './min-cost-flow.ts';
import type { Match, MatchingPolicy, MatchingProblem, MatchingResult, PricingBounds, UnmatchedReason, WarmStart } from './problem.ts';
import { repairViolations } from './imbalance-repair.ts';
import { applyWarmStart } from './warm-start.ts';
import { settlePricingDuals } from './pricing-duals.ts';

/** Scores become integer costs at this resolution, so the solver's arithmetic is exact. */
export const SCORE_SCALE = 1_000_000;

/**
 * A warm start with at most this many violated arcs is repaired by shortest paths (a few
 * milliseconds each); with more, a warm cost scaling is faster (measured at 20k x 5k: 10
 * violations repaired in 35 ms, 85 gave up after 330 ms).
 */
const MOST_VIOLATIONS_REPAIRED = 32;

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
  /** Solver progress: cost-scaling phases done of total (shortest paths: matched slots, total 0). */
  onProgress?: (done: number, total: number) => void;
  /** The solution of the same problem with fewer pairs (an earlier pricing round) to start from. */
  warmStart?: WarmStart;
  /** Force the shortest-path solver (used by tests to compare both). */
  solver?: 'cost_scaling' | 'shortest_paths';
};

/**
 * The optimal whole-cohort assignment: the most total score (or, with `participation`, the most
 * matched mentee slots and then the most score) such that no mentor exceeds their capacity, no
 * mentee gets more mentors than their demand, and each pair is used at most once. Solved exactly
 * as a min-cost circulation by cost scaling (warm-startable); successive shortest paths take over
 * when the scaled prices would leave exact float arithmetic. `optimal` reports whether the dual
 * certificate checks out.
 *
 * @example solveOptimalAssignment(buildProblem(['e1'], [1], ['m1'], [2], [{ mentee: 0, mentor: 0, score: 0.8 }]))
 */
export function solveOptimalAssignment(problem: MatchingProblem, options: AssignmentOptions = {}): MatchingResult {
  const started = performance.now();
  const menteeCount = problem.menteeIds.length;
  const minimum = options.minimumScore ?? Number.NEGATIVE_INFINITY;
  // One more matched slot must beat any score reshuffle along an augmenting path.
  const bonus = options.policy === 'participation' ? SCORE_SCALE * (2 * Math.min(menteeCount, problem.mentorIds.length) + 2) : 0;
  const costOf = (p: number): number | null => {
    const score = problem.pairScore[p] as number;
    return score < minimum || problem.pairBlocked?.[p] ? null : pairCost(score, bonus);
  };

  let model = buildFlowModel(problem, costOf);
  let solver: 'cost_scaling' | 'shortest_paths' = options.solver ?? 'cost_scaling';
  let augmentations = 0;
  if (solver === 'cost_scaling') {
    if (options.warmStart) applyWarmStart(problem, model, options.warmStart);
    // A few violations are repaired by shortest paths; more would shake up a crowded market, where cost scaling is faster.
    const fewViolations =
      !!options.warmStart &&
      countReducedCostViolations(model.network, model.potential, MOST_VIOLATIONS_REPAIRED + 1) <= MOST_VIOLATIONS_REPAIRED;
    const repaired = fewViolations && repairViolations(model.network, model.potential, Math.max(10_000, model.network.arcCount));
    if (!repaired) {
      if (fewViolations && options.warmStart) {
        model = buildFlowModel(problem, costOf);
        applyWarmStart(problem, model, options.warmStart);
      }
      const outcome = solveByCostScaling(model.network, model.potential, options.onProgress);
      augmentations = outcome.pushes;
      if (!outcome.exact) {
        solver = 'shortest_paths';
        model = buildFlowModel(problem, costOf);
      }
    }
  }
  if (solver === 'shortest_paths') {
    const report = options.onProgress;
    augmentations = solveMinCostFlow(
      model.network,
      model.source,
      model.sink,
      model.potential,
      report ? (flow) => report(flow, 0) : undefined,
    ).augmentations;
  }
  const { network, potential } = model;
  settlePricingDuals(network, potential, model.sink, (v) => v > 0 && (v <= menteeCount || v > model.sink));

  const matches: Match[] = [];
  const matchedSlots = new Int32Array(menteeCount);
  let total = 0;
  for (let p = 0; p < problem.pairScore.length; p++) {
    const arc = model.pairArc[p] as number;
    if (arc < 0 || (network.residual[network.forward[arc] as number] as number) > 0) continue;
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
    optimal: countReducedCostViolations(network, potential) === 0,
    potentials: potential,
    reducedCostOf: reducedCostFunction(problem, model.firstNeedNode, potential, bonus),
    pricing: pricingBounds(problem, model, bonus),
    warmStart: {
      pairCount: problem.pairScore.length,
      potential,
      usedPairs: Int32Array.from(matches, (m) => m.pair),
      pairNeed: Int32Array.from(matches, (m) => servedNeed(problem, model, m.pair)),
    },
    stats: { augmentations, seconds: (performance.now() - started) / 1000, solver },
  };
}

/**
 * A pair's reduced cost under the solved potentials. It holds on to the potentials and the need
 * layout only, not the network, so a finished round's network can be freed while pricing runs.
 */
function reducedCostFunction(
  problem: MatchingProblem,
  firstNeedNode: Int32Array,
  potential: Float64Array,
  bonus: number,
): NonNullable<MatchingResult['reducedCostOf']> {
  return (mentee, mentor, score, needs) => {
    const c = pairCost(score, bonus) - (potential[mentorNode(problem, mentor)] as number);
    const firstNeed = firstNeedNode[mentee] as number;
    if (firstNeed < 0) return c + (potential[1 + mentee] as number);
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 31; k++) if (needs & (1 << k)) best = Math.min(best, potential[firstNeed + k] as number);
    return c + best;
  };
}

function pricingBounds(problem: MatchingProblem, model: FlowModel, bonus: number): PricingBounds {
  const { potential, firstNeedNode } = model;
  const menteeFloor = new Float64Array(problem.menteeIds.length);
  for (let i = 0; i < menteeFloor.length; i++) {
    const firstNeed = firstNeedNode[i] as number;
    let floor = potential[1 + i] as number;
    if (firstNeed >= 0) {
      floor = Number.POSITIVE_INFINITY;
      for (let k = 0; k < (problem.needCount?.[i] ?? 0); k++) floor = Math.min(floor, potential[firstNeed + k] as number);
    }
    menteeFloor[i] = floor;
  }
  const mentorPotential = Float64Array.from(problem.mentorIds, (_, j) => potential[mentorNode(problem, j)] as number);
  return { menteeFloor, mentorPotential, bonus };
}

/** Why each mentee with open slots got no (more) mentors. */
export function explainUnmatched(problem: MatchingProblem, matchedSlots: Int32Array, minimum: number): MatchingResult['unmatched'] {
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
