// Scores one range of mentees' rows for selectTopCandidatesInParallel: builds the score source
// from its recipe, scans the rows and hands the typed arrays back without copying them.
import { parentPort, workerData } from 'node:worker_threads';
import type { ScoreSource } from '../../domain/matching/candidate-pipeline.ts';
import { scanRows } from '../../domain/matching/top-candidates.ts';
import type { ScoreSourceRecipe, ScoringWorkerMessage } from './parallel-scoring.ts';
import { lowerThisThreadPriority } from './background-priority.ts';

// Below request handling: a large run never slows anyone's pages.
lowerThisThreadPriority();

type Input = { recipe: ScoreSourceRecipe; range: { from: number; to: number; k: number; minimum: number; reserveWidth: number } };

async function run({ recipe, range }: Input): Promise<void> {
  const module = (await import(recipe.module)) as Record<string, (...args: unknown[]) => ScoreSource>;
  const create = module[recipe.exportName];
  if (typeof create !== 'function') throw new Error(`${recipe.module} has no export ${recipe.exportName}`);
  const source = create(...recipe.args);
  const scan = scanRows(source, range.from, range.to, range.k, range.minimum, range.reserveWidth, (done) => {
    parentPort?.postMessage({ type: 'rows', done } satisfies ScoringWorkerMessage);
  });
  const buffers = [
    scan.reserveCount,
    scan.reserveMentor,
    scan.reserveScore,
    scan.menteeCeiling,
    scan.mentorBestStart,
    scan.mentorBestCount,
    scan.mentorBestMentee,
    scan.mentorBestScore,
    scan.feasibleOfMentor,
  ].map((a) => a.buffer as ArrayBuffer);
  parentPort?.postMessage({ type: 'scan', scan } satisfies ScoringWorkerMessage, buffers);
}

run(workerData as Input).catch((error: unknown) => {
  parentPort?.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies ScoringWorkerMessage);
});
