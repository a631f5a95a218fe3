import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { solveOptimalAssignment } from './optimal-assignment.ts';
import { buildProblem, coversDistinctNeeds, type MatchingProblem } from './problem.ts';

/** Whether each chosen mentor can be given a different need it covers (tiny brute force). */
function hasDistinctRepresentatives(masks: number[], used = 0): boolean {
  if (masks.length === 0) return true;
  const [first, ...rest] = masks;
  for (let k = 0; k < 31; k++) {
    if ((first as number) & (1 << k) && !(used & (1 << k)) && hasDistinctRepresentatives(rest, used | (1 << k))) return true;
  }
  return false;
}

function bruteForce(problem: MatchingProblem): number {
  let best = 0;
  const count = problem.pairScore.length;
  for (let mask = 0; mask < 1 << count; mask++) {
    const menteeLoad = new Int32Array(problem.menteeIds.length);
    const mentorLoad = new Int32Array(problem.mentorIds.length);
    const needs: number[][] = problem.menteeIds.map(() => []);
    let total = 0;
    let ok = true;
    for (let p = 0; p < count && ok; p++) {
      if (!(mask & (1 << p))) continue;
      const e = problem.pairMentee[p] as number;
      const m = problem.pairMentor[p] as number;
      menteeLoad[e] = (menteeLoad[e] as number) + 1;
      mentorLoad[m] = (mentorLoad[m] as number) + 1;
      ok = (menteeLoad[e] as number) <= (problem.demand[e] as number) && (mentorLoad[m] as number) <= (problem.capacity[m] as number);
      needs[e]?.push(problem.pairNeeds?.[p] ?? 0);
      total += (problem.pairScore[p] as number) + 1e-6;
    }
    if (!ok) continue;
    if (problem.menteeIds.some((_, e) => coversDistinctNeeds(problem, e) && !hasDistinctRepresentatives(needs[e] ?? []))) continue;
    best = Math.max(best, total);
  }
  return best;
}

describe('distinct needs (developmental network)', () => {
  test('two mentors for one mentee must cover different needs', () => {
    // e0 needs coaching (bit 0) and sponsorship (bit 1); m0 and m1 both only coach, m2 sponsors.
    const problem = buildProblem(
      ['e0'],
      [2],
      ['m0', 'm1', 'm2'],
      [1, 1, 1],
      [
        { mentee: 0, mentor: 0, score: 0.9 },
        { mentee: 0, mentor: 1, score: 0.85 },
        { mentee: 0, mentor: 2, score: 0.3 },
      ],
    );
    problem.needCount = Int32Array.from([2]);
    problem.pairNeeds = Int32Array.from([0b01, 0b01, 0b10]);
    const result = solveOptimalAssignment(problem);
    assert.equal(result.optimal, true);
    assert.deepEqual(result.matches.map((m) => m.mentor).sort(), [0, 2]);
  });

  test('property: equal to brute force, and the rule always holds', () => {
    const instance = fc
      .record({ mentees: fc.integer({ min: 1, max: 3 }), mentors: fc.integer({ min: 1, max: 4 }) })
      .chain(({ mentees, mentors }) =>
        fc.record({
          demand: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: mentees, maxLength: mentees }),
          needCount: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentees, maxLength: mentees }),
          capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: mentors, maxLength: mentors }),
          pairs: fc.uniqueArray(
            fc.record({
              mentee: fc.nat(mentees - 1),
              mentor: fc.nat(mentors - 1),
              score: fc.integer({ min: 0, max: 100 }).map((s) => s / 100),
              needs: fc.nat(7),
            }),
            { selector: (p) => `${p.mentee}:${p.mentor}`, maxLength: 10 },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, (raw) => {
        const problem = buildProblem(
          raw.demand.map((_, i) => `e${i}`),
          raw.demand,
          raw.capacity.map((_, j) => `m${j}`),
          raw.capacity,
          raw.pairs,
        );
        problem.needCount = Int32Array.from(raw.needCount);
        problem.pairNeeds = Int32Array.from(raw.pairs, (p) => p.needs & ((1 << (raw.needCount[p.mentee] ?? 0)) - 1));
        const result = solveOptimalAssignment(problem);
        assert.equal(result.optimal, true);
        const exact = bruteForce(problem);
        const ours = result.matches.reduce((sum, m) => sum + m.score + 1e-6, 0);
        assert.ok(Math.abs(ours - exact) < 1e-6, `ours ${ours} vs exact ${exact}`);
        for (let e = 0; e < raw.demand.length; e++) {
          if (!coversDistinctNeeds(problem, e)) continue;
          const masks = result.matches.filter((m) => m.mentee === e).map((m) => problem.pairNeeds?.[m.pair] ?? 0);
          assert.ok(hasDistinctRepresentatives(masks));
        }
      }),
      { numRuns: 300 },
    );
  });
});
