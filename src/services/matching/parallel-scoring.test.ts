import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { solveCertified } from '../../domain/matching/candidate-pipeline.ts';
import { selectTopCandidates } from '../../domain/matching/top-candidates.ts';
import { createHashedSource } from '../../testing/hashed-score-source.ts';
import { selectTopCandidatesInParallel } from './parallel-scoring.ts';

describe('scoring on worker threads', () => {
  test('gives the same candidates, reserves and optimum as scoring on one thread', async () => {
    const args = [700, 60, 11];
    const source = createHashedSource(700, 60, 11);
    const recipe = {
      module: new URL('../../testing/hashed-score-source.ts', import.meta.url).href,
      exportName: 'createHashedSource',
      args,
    };
    const parallel = await selectTopCandidatesInParallel(recipe, source, { k: 5, minimum: 0, threads: 2 });
    const single = selectTopCandidates(source, 5, 0);
    const keys = (set: typeof single): string[] => {
      const { mentee, mentor, score } = set.columns();
      return Array.from(mentee, (e, p) => `${e}:${mentor[p]}:${score[p]}`).sort();
    };
    assert.deepEqual(keys(parallel), keys(single));
    assert.deepEqual([...parallel.reserve.mentor], [...single.reserve.mentor]);
    assert.deepEqual([...parallel.menteeCeiling], [...single.menteeCeiling]);
    assert.deepEqual([...parallel.mentorCeiling], [...single.mentorCeiling]);
    const a = solveCertified(source, { k: 5, candidates: parallel });
    const b = solveCertified(source, { k: 5 });
    assert.equal(a.optimal, true);
    assert.deepEqual(
      a.matches.map((m) => [m.mentee, m.mentor]),
      b.matches.map((m) => [m.mentee, m.mentor]),
    );
  });

  test('off the main thread (a run’s worker, which scores one range itself) gives the same as one thread', async () => {
    const args = [700, 60, 11];
    const single = selectTopCandidates(createHashedSource(700, 60, 11), 5, 0);
    const worker = new Worker(new URL('../../testing/parallel-scoring-off-main.worker.ts', import.meta.url), { workerData: args });
    const fromWorker = await new Promise<{ keys: string[]; reserve: number[]; menteeCeiling: number[]; mentorCeiling: number[] }>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    await worker.terminate();
    const { mentee, mentor, score } = single.columns();
    assert.deepEqual(fromWorker.keys, Array.from(mentee, (e, p) => `${e}:${mentor[p]}:${score[p]}`).sort());
    assert.deepEqual(fromWorker.reserve, [...single.reserve.mentor]);
    assert.deepEqual(fromWorker.menteeCeiling, [...single.menteeCeiling]);
    assert.deepEqual(fromWorker.mentorCeiling, [...single.mentorCeiling]);
  });

  test('a recipe that names no such export fails clearly', async () => {
    const source = createHashedSource(600, 10, 1);
    const recipe = { module: new URL('../../testing/hashed-score-source.ts', import.meta.url).href, exportName: 'nothingHere', args: [] };
    await assert.rejects(selectTopCandidatesInParallel(recipe, source, { k: 3, minimum: 0, threads: 2 }), /no export nothingHere/);
  });
});
