import { Worker } from 'node:worker_threads';
import type { CohortJob, CohortJobResult, JobProgress } from './cohort-job.ts';

type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'done'; result: CohortJobResult }
  | { type: 'failed'; message: string };

/**
 * Solves a cohort job in a worker thread and resolves with its result; progress arrives through
 * `onProgress` while it runs.
 *
 * @example const result = await runCohortJobInWorker(job, (stage, done, total) => log(stage));
 */
export function runCohortJobInWorker(job: CohortJob, onProgress: JobProgress): Promise<CohortJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./matching.worker.ts', import.meta.url));
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.done, message.total);
      else {
        settled = true;
        void worker.terminate();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`matching worker stopped (exit code ${code})`));
    });
    worker.postMessage(job);
  });
}
