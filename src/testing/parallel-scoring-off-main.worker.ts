// For parallel-scoring.test.ts: selectTopCandidatesInParallel called off the main thread, as a
// run's worker calls it, where the calling thread scores the first range itself.
import { parentPort, workerData } from 'node:worker_threads';
import { selectTopCandidatesInParallel } from '../services/matching/parallel-scoring.ts';
import { createHashedSource } from './hashed-score-source.ts';

const args = workerData as [number, number, number];
const recipe = { module: new URL('./hashed-score-source.ts', import.meta.url).href, exportName: 'createHashedSource', args };
const set = await selectTopCandidatesInParallel(recipe, createHashedSource(...args), { k: 5, minimum: 0, threads: 2 });
const { mentee, mentor, score } = set.columns();
parentPort?.postMessage({
  keys: Array.from(mentee, (e, p) => `${e}:${mentor[p]}:${score[p]}`).sort(),
  reserve: [...set.reserve.mentor],
  menteeCeiling: [...set.menteeCeiling],
  mentorCeiling: [...set.mentorCeiling],
});
