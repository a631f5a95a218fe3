// Runs a matching job off the request path: the server keeps answering while a cohort is scored
// and solved. The job arrives in slices and the result leaves in slices (worker-messages.ts).
import { parentPort } from 'node:worker_threads';
import { solveCohortJobInParallel, type CohortJob, type CohortJobResult } from './cohort-job.ts';
import { RESULTS_PER_MESSAGE, type FromWorker, type ToWorker } from './worker-messages.ts';
import { lowerThisThreadPriority } from './background-priority.ts';

// Below request handling: a large run never slows anyone's pages.
lowerThisThreadPriority();

let job: CohortJob | undefined;
let acknowledged: (() => void) | undefined;
const send = (message: FromWorker) => parentPort?.postMessage(message);

/** Sends a list in slices, each after the main thread took the one before. */
async function sendInSlices<T>(list: readonly T[], message: (slice: T[]) => FromWorker): Promise<void> {
  for (let start = 0; start < list.length; start += RESULTS_PER_MESSAGE) {
    const taken = new Promise<void>((resolve) => (acknowledged = resolve));
    send(message(list.slice(start, start + RESULTS_PER_MESSAGE)));
    await taken;
  }
}

async function solve(cohort: CohortJob): Promise<void> {
  let last = 0;
  const result: CohortJobResult = await solveCohortJobInParallel(cohort, (stage, done, total) => {
    const now = performance.now();
    if (now - last < 200) return;
    last = now;
    send({ type: 'progress', stage, done, total });
  });
  await sendInSlices(result.proposals, (proposals) => ({ type: 'proposals', proposals }));
  await sendInSlices(result.unmatched, (unmatched) => ({ type: 'unmatched', unmatched }));
  send({ type: 'done', result: { ...result, proposals: [], unmatched: [] } });
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'job') job = message.job;
  else if (message.type === 'mentees' || message.type === 'mentors') job?.[message.type].push(...message.profiles);
  else if (message.type === 'ack') acknowledged?.();
  else if (job) {
    solve(job).catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }
});
