/**
 * A matching problem in the solver's own terms: mentees with a demand (how many mentors they
 * need), mentors with a capacity (how many mentees they take), and the candidate pairs with their
 * scores. Pairs are columns of typed arrays, so a million candidates cost 16 MB, not objects.
 */
export type MatchingProblem = {
  menteeIds: readonly string[];
  mentorIds: readonly string[];
  demand: Int32Array;
  capacity: Int32Array;
  pairMentee: Int32Array;
  pairMentor: Int32Array;
  pairScore: Float64Array;
  /**
   * The developmental-network rule: a mentee with demand > 1 and `needCount[i]` needs (functions
   * sought, expertise wanted) gets mentors who each cover a different one of them. `pairNeeds[p]`
   * is the bitmask of the mentee's needs that pair p's mentor covers. Absent: no such rule.
   */
  needCount?: Int32Array;
  pairNeeds?: Int32Array;
  /** Pairs ruled out since they became candidates (1): kept in place so indices stay stable. */
  pairBlocked?: Uint8Array;
};

/** Whether mentee i is under the rule that each of their mentors covers a different need. */
export function coversDistinctNeeds(problem: MatchingProblem, mentee: number): boolean {
  return !!problem.needCount && (problem.demand[mentee] as number) > 1 && (problem.needCount[mentee] as number) > 0;
}

/** `score`: highest total score. `participation`: most matched mentee slots, then highest score. */
export type MatchingPolicy = 'score' | 'participation';

export type Match = { mentee: number; mentor: number; pair: number; score: number };

export type UnmatchedReason = 'no_feasible_mentor' | 'capacity_exhausted' | 'below_minimum_score';

export type MatchingResult = {
  matches: Match[];
  unmatched: Array<{ mentee: number; missing: number; reason: UnmatchedReason }>;
  total: number;
  /** True only when the optimality certificate (reduced costs and no improving path) holds. */
  optimal: boolean;
  stats: { augmentations: number; seconds: number; solver?: 'cost_scaling' | 'shortest_paths' };
  /** The dual prices of the solved network (optimal solver only), for pricing other pairs. */
  potentials?: Float64Array;
  /** The reduced cost a pair not in the problem would have (negative: it could improve the total). */
  reducedCostOf?: (mentee: number, mentor: number, score: number, needs: number) => number;
  /** Per-person bounds on those reduced costs, to skip whole rows when pricing (optimal solver only). */
  pricing?: PricingBounds;
  /** What a re-solve of the same problem with more pairs starts from (optimal solver only). */
  warmStart?: WarmStart;
};

/**
 * The duals in pricing terms: a pair (i, j) not in the problem has reduced cost
 * `pairCost(score, bonus) + menteeFloor[i] - mentorPotential[j]` or more, so it cannot improve
 * the total unless `mentorPotential[j] - menteeFloor[i] > pairCost(score, bonus)`.
 */
export type PricingBounds = { menteeFloor: Float64Array; mentorPotential: Float64Array; bonus: number };

/** A solved problem's flow (used pairs and the need each serves) and potentials, to start from. */
export type WarmStart = { pairCount: number; potential: Float64Array; usedPairs: Int32Array; pairNeed: Int32Array };

/**
 * Builds a problem from plain lists (ids and index pairs).
 *
 * @example buildProblem(['e1'], [1], ['m1'], [2], [{ mentee: 0, mentor: 0, score: 0.8 }])
 */
export function buildProblem(
  menteeIds: readonly string[],
  demand: readonly number[],
  mentorIds: readonly string[],
  capacity: readonly number[],
  pairs: ReadonlyArray<{ mentee: number; mentor: number; score: number }>,
): MatchingProblem {
  return {
    menteeIds,
    mentorIds,
    demand: Int32Array.from(demand),
    capacity: Int32Array.from(capacity),
    pairMentee: Int32Array.from(pairs, (p) => p.mentee),
    pairMentor: Int32Array.from(pairs, (p) => p.mentor),
    pairScore: Float64Array.from(pairs, (p) => p.score),
  };
}
