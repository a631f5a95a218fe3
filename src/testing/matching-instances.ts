import fc from 'fast-check';
import { buildProblem, type MatchingProblem } from '../domain/matching/problem.ts';

export type InstanceLimits = { mentees: number; mentors: number; demand: number; capacity: number; pairs: number };

/**
 * Small random matching problems for property tests: up to `mentees` x `mentors` people, demand
 * and capacity from 0 to their limits, at most `pairs` distinct pairs with scores on a 0.01 grid.
 *
 * @example fc.assert(fc.property(smallProblems({ mentees: 5, mentors: 4, demand: 3, capacity: 3, pairs: 12 }), check))
 */
export function smallProblems(limits: InstanceLimits): fc.Arbitrary<MatchingProblem> {
  return fc
    .record({ mentees: fc.integer({ min: 1, max: limits.mentees }), mentors: fc.integer({ min: 1, max: limits.mentors }) })
    .chain(({ mentees, mentors }) =>
      fc.record({
        demand: fc.array(fc.integer({ min: 0, max: limits.demand }), { minLength: mentees, maxLength: mentees }),
        capacity: fc.array(fc.integer({ min: 0, max: limits.capacity }), { minLength: mentors, maxLength: mentors }),
        pairs: fc.uniqueArray(
          fc.record({
            mentee: fc.nat(mentees - 1),
            mentor: fc.nat(mentors - 1),
            score: fc.integer({ min: 0, max: 100 }).map((s) => s / 100),
          }),
          { selector: (p) => `${p.mentee}:${p.mentor}`, maxLength: limits.pairs },
        ),
      }),
    )
    .map((raw) =>
      buildProblem(
        raw.demand.map((_, i) => `e${i}`),
        raw.demand,
        raw.capacity.map((_, j) => `m${j}`),
        raw.capacity,
        raw.pairs,
      ),
    );
}
