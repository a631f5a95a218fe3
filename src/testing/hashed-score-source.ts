import type { ScoreSource } from '../domain/matching/candidate-pipeline.ts';

/**
 * A deterministic cohort whose scores come from a hash of (mentee, mentor, seed), on a 0.001
 * grid, with every ninth pair breaking a rule. Built from plain arguments, so a worker thread
 * can rebuild the very same source (tests of parallel scoring use it as a recipe).
 *
 * @example createHashedSource(300, 40, 7)
 */
export function createHashedSource(mentees: number, mentors: number, seed: number, capacity = 2): ScoreSource {
  const score = (i: number, j: number): number =>
    (i * 7 + j * 13 + seed) % 9 === 0 ? -1 : (((((i + 1) * 7919 * (j + 3) + seed * 104729) % 1000) + 1000) % 1000) / 1000;
  return {
    menteeIds: Array.from({ length: mentees }, (_, i) => `e${i}`),
    mentorIds: Array.from({ length: mentors }, (_, j) => `m${j}`),
    demand: new Int32Array(mentees).fill(1),
    capacity: new Int32Array(mentors).fill(capacity),
    scoreRow(i, out) {
      for (let j = 0; j < mentors; j++) out[j] = score(i, j);
    },
    scorePairs(i, chosen, count, out) {
      for (let s = 0; s < count; s++) out[s] = score(i, chosen[s] as number);
    },
  };
}
