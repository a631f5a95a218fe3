import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { solveCertified, type ScoreSource } from './candidate-pipeline.ts';
import { solveOptimalAssignment } from './optimal-assignment.ts';
import { buildProblem } from './problem.ts';

/** A cohort whose scores come from a rule, like profile scoring: low rank, so everyone wants the same mentors. */
function lowRankSource(menteeCount: number, mentorCount: number, seed: number, capacity: number, demand = 1): ScoreSource {
  const menteeTaste = Array.from({ length: menteeCount }, (_, i) => ((i * 7919 + seed * 104729) % 1000) / 1000);
  const mentorAppeal = Array.from({ length: mentorCount }, (_, j) => ((j * 6151 + seed * 7) % 1000) / 1000);
  return {
    menteeIds: menteeTaste.map((_, i) => `e${i}`),
    mentorIds: mentorAppeal.map((_, j) => `m${j}`),
    demand: new Int32Array(menteeCount).fill(demand),
    capacity: new Int32Array(mentorCount).fill(capacity),
    scoreRow(i, out) {
      for (let j = 0; j < mentorCount; j++) {
        const value = 0.6 * (mentorAppeal[j] as number) + 0.4 * Math.abs((menteeTaste[i] as number) - (mentorAppeal[j] as number));
        // Every seventh pair breaks a required rule.
        out[j] = (i + 3 * j) % 7 === 0 ? -1 : Math.round(value * 1000) / 1000;
      }
    },
  };
}

function fullOptimum(source: ScoreSource): number {
  const pairs: Array<{ mentee: number; mentor: number; score: number }> = [];
  const row = new Float64Array(source.mentorIds.length);
  for (let i = 0; i < source.menteeIds.length; i++) {
    source.scoreRow(i, row);
    row.forEach((score, j) => {
      if (score >= 0) pairs.push({ mentee: i, mentor: j, score });
    });
  }
  return solveOptimalAssignment(buildProblem(source.menteeIds, [...source.demand], source.mentorIds, [...source.capacity], pairs)).total;
}

describe('certified matching on a sparse candidate set', () => {
  test('popular mentors: top-k alone is not enough, pricing adds pairs until the optimum is certified', () => {
    const source = lowRankSource(120, 40, 1, 2);
    const result = solveCertified(source, { k: 2 });
    assert.equal(result.optimal, true);
    assert.ok(result.rounds > 1, `pricing should have found missing pairs (rounds ${result.rounds})`);
    assert.ok(Math.abs(result.total - fullOptimum(source)) < 1e-6);
  });

  test('property: the certified total equals the full-graph optimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(50),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (mentees, mentors, seed, capacity, k) => {
          const source = lowRankSource(mentees, mentors, seed, capacity, 1 + (seed % 2));
          const result = solveCertified(source, { k });
          assert.equal(result.optimal, true);
          assert.ok(Math.abs(result.total - fullOptimum(source)) < 1e-6);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pricing without a reserve: ceilings, suspects, single pairs, columns and rows', () => {
  test('property: with the reserve no wider than k, every pricing path still certifies the full optimum (both policies)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 14 }),
        fc.nat(50),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('rows', 'pairs', 'columns'),
        fc.constantFrom('score', 'participation'),
        (mentees, mentors, seed, capacity, k, scoring, policy) => {
          const source = lowRankSource(mentees, mentors, seed, capacity, 1 + (seed % 2));
          const row = new Float64Array(mentors);
          if (scoring !== 'rows') {
            source.scorePairs = (i, chosen, count, out) => {
              source.scoreRow(i, row);
              for (let s = 0; s < count; s++) out[s] = row[chosen[s] as number] as number;
            };
          }
          if (scoring === 'columns') {
            source.scoreColumn = (j, out) => {
              for (let i = 0; i < mentees; i++) {
                source.scoreRow(i, row);
                out[i] = row[j] as number;
              }
            };
          }
          const result = solveCertified(source, { k, reserveWidth: k, policy });
          assert.equal(result.optimal, true);
          const pairs: Array<{ mentee: number; mentor: number; score: number }> = [];
          for (let i = 0; i < mentees; i++) {
            source.scoreRow(i, row);
            row.forEach((score, j) => {
              if (score >= 0) pairs.push({ mentee: i, mentor: j, score });
            });
          }
          const full = solveOptimalAssignment(
            buildProblem(source.menteeIds, [...source.demand], source.mentorIds, [...source.capacity], pairs),
            { policy },
          );
          assert.ok(Math.abs(result.total - full.total) < 1e-6, `${result.total} vs ${full.total}`);
          assert.equal(result.matches.length, full.matches.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('certified matching with the distinct-needs rule', () => {
  test('property: pruned and priced equals the full problem, needs included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2, max: 8 }),
        fc.nat(40),
        fc.integer({ min: 1, max: 3 }),
        (mentees, mentors, seed, k) => {
          const source = lowRankSource(mentees, mentors, seed, 2, 2);
          source.needCount = new Int32Array(mentees).fill(3);
          source.needsOf = (i, j) => (1 << ((i + j) % 3)) | ((i * j + seed) % 4 === 0 ? 1 << ((i + j + 1) % 3) : 0);
          const certified = solveCertified(source, { k });
          assert.equal(certified.optimal, true);
          const pairs: Array<{ mentee: number; mentor: number; score: number }> = [];
          const row = new Float64Array(mentors);
          for (let i = 0; i < mentees; i++) {
            source.scoreRow(i, row);
            row.forEach((score, j) => {
              if (score >= 0) pairs.push({ mentee: i, mentor: j, score });
            });
          }
          const full = buildProblem(source.menteeIds, [...source.demand], source.mentorIds, [...source.capacity], pairs);
          full.needCount = source.needCount;
          full.pairNeeds = Int32Array.from(pairs, (p) => source.needsOf?.(p.mentee, p.mentor) ?? 0);
          assert.ok(Math.abs(certified.total - solveOptimalAssignment(full).total) < 1e-6);
        },
      ),
      { numRuns: 100 },
    );
  });
});
