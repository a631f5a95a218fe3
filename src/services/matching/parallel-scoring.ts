import { isMainThread, Worker } from 'node:worker_threads';
import type { ScoreSource } from '../../domain/matching/candidate-pipeline.ts';
import {
  defaultReserveWidth,
  mergeRowScans,
  scanRows,
  scanRowsInSteps,
  type CandidateSet,
  type RowScan,
} from '../../domain/matching/top-candidates.ts';

/**
 * How a worker thread builds the same score source as the caller: a module (file URL) whose
 * named export, called with `args` (structured-cloneable), returns the ScoreSource. Closures
 * cannot cross threads; recipes can.
 */
export type ScoreSourceRecipe = { module: string; exportName: string; args: unknown[] };

export type ParallelScoringOptions = {
  k: number;
  minimum: number;
  /** Worker threads (default 2); 1 scores on the calling thread. */
  threads?: number;
  /** Rows scored so far, across threads. */
  onRows?: (done: number, total: number) => void;
};

/** Messages from a scoring worker. */
export type ScoringWorkerMessage = { type: 'rows'; done: number } | { type: 'scan'; scan: RowScan } | { type: 'failed'; message: string };

/**
 * Streams every pair's score on several worker threads, each scoring its own range of mentees,
 * and merges their top-k lists and reserves into the candidate set. The result is the same as
 * scoring on one thread (mergeRowScans does not depend on the split), so the matching stays
 * deterministic whatever the thread timing. Off the main thread (a run's worker), the calling
 * thread scores the first range itself rather than wait idle, so one copy of the cohort and one
 * preparation fewer; the main thread never scores (it serves requests).
 *
 * @example const candidates = await selectTopCandidatesInParallel(recipe, source, { k: 12, minimum: 0 });
 */
export async function selectTopCandidatesInParallel(
  recipe: ScoreSourceRecipe,
  source: ScoreSource,
  options: ParallelScoringOptions,
): Promise<CandidateSet> {
  const menteeCount = source.menteeIds.length;
  const mentorCount = source.mentorIds.length;
  const reserveWidth = defaultReserveWidth(options.k);
  const threads = Math.max(1, Math.min(options.threads ?? 2, Math.ceil(menteeCount / 256)));
  if (threads === 1) {
    const scan = scanRows(source, 0, menteeCount, options.k, options.minimum, reserveWidth, (done) => options.onRows?.(done, menteeCount));
    return mergeRowScans([scan], menteeCount, mentorCount, options.k, reserveWidth);
  }
  const done = new Array<number>(threads).fill(0);
  const range = (t: number) => ({
    from: Math.floor((t * menteeCount) / threads),
    to: Math.floor(((t + 1) * menteeCount) / threads),
    k: options.k,
    minimum: options.minimum,
    reserveWidth,
  });
  const report = (t: number, rows: number) => {
    done[t] = rows;
    options.onRows?.(
      done.reduce((a, b) => a + b, 0),
      menteeCount,
    );
  };
  const here = !isMainThread;
  const elsewhere = Array.from({ length: here ? threads - 1 : threads }, (_, w) => {
    const t = here ? w + 1 : w;
    return scanInWorker(recipe, range(t), (rows) => report(t, rows));
  });
  // The workers' failures are awaited below; until then, keep an early one from going unhandled.
  for (const scan of elsewhere) scan.catch(() => undefined);
  const first = range(0);
  const ownScan = here ? [await scanServingMessages(source, first, (rows) => report(0, rows))] : [];
  const scans = [...ownScan, ...(await Promise.all(elsewhere))];
  return mergeRowScans(scans, menteeCount, mentorCount, options.k, reserveWidth);
}

/** Scans a range on this thread, letting its event loop run between steps (the other threads' progress arrives meanwhile). */
async function scanServingMessages(
  source: ScoreSource,
  range: { from: number; to: number; k: number; minimum: number; reserveWidth: number },
  onRows: (done: number) => void,
): Promise<RowScan> {
  const steps = scanRowsInSteps(source, range.from, range.to, range.k, range.minimum, range.reserveWidth);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onRows(step.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function scanInWorker(
  recipe: ScoreSourceRecipe,
  range: { from: number; to: number; k: number; minimum: number; reserveWidth: number },
  onRows: (done: number) => void,
): Promise<RowScan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parallel-scoring.worker.ts', import.meta.url), { workerData: { recipe, range } });
    let settled = false;
    worker.on('message', (message: ScoringWorkerMessage) => {
      if (message.type === 'rows') return onRows(message.done);
      settled = true;
      void worker.terminate();
      if (message.type === 'scan') resolve(message.scan);
      else reject(new Error(message.message));
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`scoring worker stopped (exit code ${code})`));
    });
  });
}
