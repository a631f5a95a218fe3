import { Worker } from 'node:worker_threads';
import type { JobProgress } from './cohort-job.ts';
import type { PackedCohortJob, PackedJobResult } from './cohort-job-types.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

/** The error a run stopped through its signal rejects with. */
export class MatchingRunAborted extends Error {
  constructor() {
    super('the matching run was stopped');
    this.name = 'MatchingRunAborted';
  }
}

async function sendJob(worker: Worker, loading: PackedCohortJob | Promise<PackedCohortJob>): Promise<void> {
  const job = await loading;
  const send = (message: ToWorker) => worker.postMessage(message);
  send({ type: 'job', job: { ...job, mentees: [], mentors: [] } });
  for (const side of ['mentees', 'mentors'] as const) {
    for (const json of job[side].slices) {
      await yieldToEventLoop();
      send({ type: side, json });
    }
  }
  send({ type: 'solve' });
}

/**
 * Solves a cohort job in a worker thread and resolves with its result; progress arrives through
 * `onProgress` while it runs. The worker starts at once; a job still loading is sent when it is
 * ready (a failed load rejects and stops the worker). The job goes over and the result comes back
 * as text in slices (the proposals as the insert's batches), so the event loop is never held for
 * the copy of a whole cohort and this thread never holds one as objects. Aborting `signal` terminates the worker
 * (and the scoring threads it started) and rejects with MatchingRunAborted.
 *
 * @example const result = await runCohortJobInWorker(job, (stage, done, total) => log(stage));
 */
export function runCohortJobInWorker(
  job: PackedCohortJob | Promise<PackedCohortJob>,
  onProgress: JobProgress,
  signal?: AbortSignal,
): Promise<PackedJobResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new MatchingRunAborted());
    const worker = new Worker(new URL('./matching.worker.ts', import.meta.url));
    const proposalBatches: string[] = [];
    let proposalCount = 0;
    const unmatched: PackedJobResult['unmatched'] = [];
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      outcome();
    };
    const abort = () => settle(() => reject(new MatchingRunAborted()));
    signal?.addEventListener('abort', abort, { once: true });
    const ack = () => void yieldToEventLoop().then(() => settled || worker.postMessage({ type: 'ack' } satisfies ToWorker));
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress(message.stage, message.done, message.total);
      else if (message.type === 'proposals') {
        proposalBatches.push(message.json);
        proposalCount += message.count;
        ack();
      } else if (message.type === 'unmatched') {
        for (const mentee of message.unmatched) unmatched.push(mentee);
        ack();
      } else if (message.type === 'done') settle(() => resolve({ ...message.result, proposalBatches, proposalCount, unmatched }));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`matching worker stopped (exit code ${code})`))));
    sendJob(worker, job).catch((error: unknown) => settle(() => reject(error)));
  });
}
