import { listCandidates } from './candidate-lists.ts';
import { explainUnmatched } from './optimal-assignment.ts';
import type { Match, MatchingProblem, MatchingResult } from './problem.ts';

/**
 * What most platforms do, kept as the baseline the optimal engine is measured against: each
 * mentee in turn takes their best mentor who still has room, until their demand is met.
 *
 * @example solveGreedyAssignment(problem).total <= solveOptimalAssignment(problem).total
 */
export function solveGreedyAssignment(problem: MatchingProblem, minimumScore = Number.NEGATIVE_INFINITY): MatchingResult {
  const started = performance.now();
  const byMentee = listCandidates(problem, 'mentee');
  const room = problem.capacity.slice();
  const matchedSlots = new Int32Array(problem.menteeIds.length);
  const matches: Match[] = [];
  let total = 0;
  for (let i = 0; i < problem.menteeIds.length; i++) {
    for (let c = byMentee.offsets[i] as number; c < (byMentee.offsets[i + 1] as number); c++) {
      if ((matchedSlots[i] as number) >= (problem.demand[i] as number)) break;
      const p = byMentee.pairs[c] as number;
      const mentor = problem.pairMentor[p] as number;
      const score = problem.pairScore[p] as number;
      if ((room[mentor] as number) <= 0 || score < minimumScore) continue;
      room[mentor] = (room[mentor] as number) - 1;
      matchedSlots[i] = (matchedSlots[i] as number) + 1;
      matches.push({ mentee: i, mentor, pair: p, score });
      total += score;
    }
  }
  return {
    matches,
    unmatched: explainUnmatched(problem, matchedSlots, minimumScore),
    total,
    optimal: false,
    stats: { augmentations: 0, seconds: (performance.now() - started) / 1000 },
  };
}
