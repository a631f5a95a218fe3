import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { solveCertified, type ScoreSource } from './candidate-pipeline.ts';
import { createHashedSource } from '../../testing/hashed-score-source.ts';
import { openMatchingSession, type CohortChange } from './matching-session.ts';

/** The changed cohort built from scratch (no session): what a fresh run would see. */
function changedFromScratch(source: ScoreSource, change: Required<CohortChange>, locked: Array<[number, number]>): ScoreSource {
  const demand = Int32Array.from(source.demand);
  const capacity = Int32Array.from(source.capacity);
  const blocked = new Set<string>();
  for (const [i, j] of locked) {
    demand[i] = (demand[i] as number) - 1;
    capacity[j] = (capacity[j] as number) - 1;
    blocked.add(`${i}:${j}`);
  }
  for (const [i, j] of change.forbid) blocked.add(`${i}:${j}`);
  for (const i of change.removeMentees) demand[i] = 0;
  for (const j of change.removeMentors) capacity[j] = 0;
  return {
    ...source,
    scorePairs: undefined,
    demand,
    capacity,
    scoreRow(i, out) {
      source.scoreRow(i, out);
      for (let j = 0; j < out.length; j++)
        if (blocked.has(`${i}:${j}`) || change.removeMentees.includes(i) || change.removeMentors.includes(j)) out[j] = -1;
    },
  };
}

describe('a matching session (lock, forbid, remove, re-run)', () => {
  test('property: a re-run after a change equals a fresh run of the changed cohort, and is certified', () => {
    const pair = (n: number, m: number) => fc.tuple(fc.nat(n - 1), fc.nat(m - 1));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(40),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (n, m, seed, capacity, k) =>
          fc.assert(
            fc.property(
              fc.array(pair(n, m), { maxLength: 3 }),
              fc.array(pair(n, m), { maxLength: 3 }),
              fc.array(fc.nat(n - 1), { maxLength: 2 }),
              fc.array(fc.nat(m - 1), { maxLength: 1 }),
              (lock, forbid, removeMentees, removeMentors) => {
                const source = createHashedSource(n, m, seed, capacity);
                const session = openMatchingSession(source, { k });
                assert.equal(session.result.optimal, true);
                const change = { lock, forbid, removeMentees, removeMentors };
                const rerun = session.rerun(change);
                const fresh = solveCertified(changedFromScratch(source, change, session.locked), { k });
                assert.equal(rerun.optimal, true);
                assert.equal(Math.round(rerun.total * 1e6), Math.round(fresh.total * 1e6));
                for (const match of rerun.matches) {
                  assert.ok(!forbid.some(([i, j]) => i === match.mentee && j === match.mentor), 'a forbidden pair is never proposed');
                  assert.ok(!removeMentees.includes(match.mentee) && !removeMentors.includes(match.mentor), 'removed people are left out');
                }
              },
            ),
            { numRuns: 3 },
          ),
      ),
      { numRuns: 60 },
    );
  });
});
