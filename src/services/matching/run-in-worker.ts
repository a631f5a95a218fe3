import { Worker } from 'node:worker_threads';
import type { CohortJob, CohortJobResult, JobProgress, ProposedPair } from './cohort-job.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';
import { PROFILES_PER_MESSAGE, type FromWorker, type ToWorker } from './worker-messages.ts';

/** The error a run stopped through its signal rejects with. */
export class MatchingRunAborted extends Error {
  constructor() {
    super('the matching run was stopped');
    this.name = 'MatchingRunAborted';
  }
}

async function sendJob(worker: Worker, loading: CohortJob | Promise<CohortJob>): Promise<void> {
  const job = await loading;
  const send = (message: ToWorker) => worker.postMessage(message);
  send({ type: 'job', job: { ...job, mentees: [], mentors: [] } });
  for (const side of ['mentees', 'mentors'] as const) {
    for (let start = 0; start < job[side].length; start += PROFILES_PER_MESSAGE) {
      await yieldToEventLoop();
      send({ type: side, profiles: job[side].slice(start, start + PROFILES_PER_MESSAGE) });
    }
  }
  send({ type: 'solve' });
}

/**
 * Solves a cohort job in a worker thread and resolves with its result; progress arrives through
 * `onProgress` while it runs. The worker starts at once; a job still loading is sent when it is
 * ready (a failed load rejects and stops the worker). The job goes over and the result comes back in slices, so the
 * event loop is never held for the copy of a whole cohort. Aborting `signal` terminates the worker
 * (and the scoring threads it started) and rejects with MatchingRunAborted.
 *
 * @example const result = await runCohortJobInWorker(job, (stage, done, total) => log(stage));
 */
export function runCohortJobInWorker(
  job: CohortJob | Promise<CohortJob>,
  onProgress: JobProgress,
  signal?: AbortSignal,
): Promise<CohortJobResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new MatchingRunAborted());
    const worker = new Worker(new URL('./matching.worker.ts', import.meta.url));
    const proposals: ProposedPair[] = [];
    const unmatched: CohortJobResult['unmatched'] = [];
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
        for (const proposal of message.proposals) proposals.push(proposal);
        ack();
      } else if (message.type === 'unmatched') {
        for (const mentee of message.unmatched) unmatched.push(mentee);
        ack();
      } else if (message.type === 'done') settle(() => resolve({ ...message.result, proposals, unmatched }));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`matching worker stopped (exit code ${code})`))));
    sendJob(worker, job).catch((error: unknown) => settle(() => reject(error)));
  });
}
