import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { solveGreedyAssignment } from './greedy-assignment.ts';
import { solveOptimalAssignment } from './optimal-assignment.ts';
import { smallProblems } from '../../testing/matching-instances.ts';
import { buildProblem, type MatchingPolicy, type MatchingProblem, type MatchingResult } from './problem.ts';
import { solveStableAssignment } from './stable-assignment.ts';

/** Small random instances: up to 5 mentees, 4 mentors, scores on a 0.01 grid. */
const instance = smallProblems({ mentees: 5, mentors: 4, demand: 3, capacity: 3, pairs: 12 });

/** The exact optimum by trying every subset of pairs (independent of the flow solver). */
function bruteForce(problem: MatchingProblem, policy: MatchingPolicy): { slots: number; total: number } {
  const count = problem.pairScore.length;
  let best = { slots: -1, total: -1 };
  for (let mask = 0; mask < 1 << count; mask++) {
    const menteeLoad = new Int32Array(problem.menteeIds.length);
    const mentorLoad = new Int32Array(problem.mentorIds.length);
    let total = 0;
    let slots = 0;
    let feasible = true;
    for (let p = 0; p < count && feasible; p++) {
      if (!(mask & (1 << p))) continue;
      const e = problem.pairMentee[p] as number;
      const m = problem.pairMentor[p] as number;
      menteeLoad[e] = (menteeLoad[e] as number) + 1;
      mentorLoad[m] = (mentorLoad[m] as number) + 1;
      feasible = (menteeLoad[e] as number) <= (problem.demand[e] as number) && (mentorLoad[m] as number) <= (problem.capacity[m] as number);
      total += problem.pairScore[p] as number;
      slots++;
    }
    if (!feasible) continue;
    const better =
      policy === 'participation' ? slots > best.slots || (slots === best.slots && total > best.total + 1e-9) : total > best.total + 1e-9;
    if (better) best = { slots, total };
  }
  return best;
}

function assertFeasible(problem: MatchingProblem, result: MatchingResult): void {
  const menteeLoad = new Int32Array(problem.menteeIds.length);
  const mentorLoad = new Int32Array(problem.mentorIds.length);
  const used = new Set<number>();
  for (const match of result.matches) {
    assert.ok(!used.has(match.pair), 'each pair at most once');
    used.add(match.pair);
    assert.equal(problem.pairMentee[match.pair], match.mentee);
    assert.equal(problem.pairMentor[match.pair], match.mentor);
    menteeLoad[match.mentee] = (menteeLoad[match.mentee] as number) + 1;
    mentorLoad[match.mentor] = (mentorLoad[match.mentor] as number) + 1;
  }
  for (const [i, d] of problem.demand.entries()) assert.ok((menteeLoad[i] as number) <= d, 'demand never exceeded');
  for (const [j, c] of problem.capacity.entries()) assert.ok((mentorLoad[j] as number) <= c, 'capacity never exceeded');
}

describe('optimal assignment', () => {
  test('a tiny cohort: the optimum is not what greedy picks', () => {
    // Greedy gives e0 its favourite m0 and leaves e1 with nothing good.
    const problem = buildProblem(
      ['e0', 'e1'],
      [1, 1],
      ['m0', 'm1'],
      [1, 1],
      [
        { mentee: 0, mentor: 0, score: 0.9 },
        { mentee: 0, mentor: 1, score: 0.8 },
        { mentee: 1, mentor: 0, score: 0.85 },
        { mentee: 1, mentor: 1, score: 0.1 },
      ],
    );
    const optimal = solveOptimalAssignment(problem);
    assert.equal(optimal.optimal, true);
    assert.deepEqual(optimal.matches.map((m) => `${m.mentee}-${m.mentor}`).sort(), ['0-1', '1-0']);
    assert.ok(Math.abs(optimal.total - 1.65) < 1e-9);
    assert.ok(Math.abs(solveGreedyAssignment(problem).total - 1.0) < 1e-9);
  });

  test('unmatched mentees say why', () => {
    const problem = buildProblem(
      ['e0', 'e1', 'e2'],
      [1, 1, 2],
      ['m0'],
      [1],
      [
        { mentee: 0, mentor: 0, score: 0.9 },
        { mentee: 2, mentor: 0, score: 0.5 },
      ],
    );
    const result = solveOptimalAssignment(problem);
    assert.deepEqual(result.unmatched, [
      { mentee: 1, missing: 1, reason: 'no_feasible_mentor' },
      { mentee: 2, missing: 2, reason: 'capacity_exhausted' },
    ]);
  });

  for (const policy of ['score', 'participation'] as const) {
    test(`property (${policy}): feasible, certified, equal to brute force, never below greedy, deterministic`, () => {
      fc.assert(
        fc.property(instance, (problem) => {
          const result = solveOptimalAssignment(problem, { policy });
          assertFeasible(problem, result);
          assert.equal(result.optimal, true);
          const exact = bruteForce(problem, policy);
          assert.ok(Math.abs(result.total - exact.total) < 1e-6, `total ${result.total} vs exact ${exact.total}`);
          if (policy === 'participation') assert.equal(result.matches.length, exact.slots);
          else assert.ok(result.total >= solveGreedyAssignment(problem).total - 1e-9);
          assert.deepEqual(solveOptimalAssignment(problem, { policy }).matches, result.matches);
        }),
        { numRuns: 300 },
      );
    });
  }

  test('property: cost scaling, shortest paths and a warm re-solve after adding pairs agree', () => {
    fc.assert(
      fc.property(instance, fc.nat(12), (problem, cut) => {
        const total = (result: MatchingResult) => Math.round(result.total * 1e6);
        const scaled = solveOptimalAssignment(problem);
        const paths = solveOptimalAssignment(problem, { solver: 'shortest_paths' });
        assert.equal(paths.optimal, true);
        assert.equal(total(scaled), total(paths));
        // Solve with the first `cut` pairs, then warm-start the full problem from that solution.
        const first = Math.min(cut, problem.pairScore.length);
        const partial: MatchingProblem = {
          ...problem,
          pairMentee: problem.pairMentee.slice(0, first),
          pairMentor: problem.pairMentor.slice(0, first),
          pairScore: problem.pairScore.slice(0, first),
        };
        const warmStart = solveOptimalAssignment(partial).warmStart;
        const warm = solveOptimalAssignment(problem, warmStart ? { warmStart } : {});
        assertFeasible(problem, warm);
        assert.equal(warm.optimal, true);
        assert.equal(total(warm), total(scaled));
      }),
      { numRuns: 300 },
    );
  });

  test('a minimum pair score keeps weaker pairs out', () => {
    const problem = buildProblem(
      ['e0', 'e1'],
      [1, 1],
      ['m0'],
      [2],
      [
        { mentee: 0, mentor: 0, score: 0.9 },
        { mentee: 1, mentor: 0, score: 0.2 },
      ],
    );
    const result = solveOptimalAssignment(problem, { minimumScore: 0.5 });
    assert.equal(result.matches.length, 1);
    assert.deepEqual(result.unmatched, [{ mentee: 1, missing: 1, reason: 'below_minimum_score' }]);
  });
});

describe('stable assignment', () => {
  test('property: feasible and without blocking pairs; never above the optimum', () => {
    fc.assert(
      fc.property(instance, (problem) => {
        const stable = solveStableAssignment(problem);
        assertFeasible(problem, stable);
        assert.equal(stable.blockingPairs, 0);
        assert.ok(stable.total <= solveOptimalAssignment(problem).total + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
