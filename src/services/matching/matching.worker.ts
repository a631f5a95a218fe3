// Runs a matching job off the request path: the server keeps answering while a cohort is scored
// and solved. The job arrives in slices and the result leaves in slices (worker-messages.ts).
import { parentPort } from 'node:worker_threads';
import type { MatchingProfile } from '../../../shared/schemas/matching-rules.ts';
import { PROPOSALS_PER_INSERT, proposalBatchJson } from '../../db/repositories/matching-run.repository.ts';
import { solveCohortJobInParallel, type CohortJob, type CohortJobResult } from './cohort-job.ts';
import { RESULTS_PER_MESSAGE, type FromWorker, type ToWorker } from './worker-messages.ts';
import { lowerThisThreadPriority } from './background-priority.ts';

// Below request handling: a large run never slows anyone's pages.
lowerThisThreadPriority();

let job: CohortJob | undefined;
let acknowledged: (() => void) | undefined;
const send = (message: FromWorker) => parentPort?.postMessage(message);

/** Sends a list in slices of `size`, each after the main thread took the one before. */
async function sendInSlices<T>(list: readonly T[], size: number, message: (slice: T[]) => FromWorker): Promise<void> {
  for (let start = 0; start < list.length; start += size) {
    const taken = new Promise<void>((resolve) => (acknowledged = resolve));
    send(message(list.slice(start, start + size)));
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
  // Each batch leaves as the insert's text: the main thread stores it as it is.
  await sendInSlices(result.proposals, PROPOSALS_PER_INSERT, (batch) => ({
    type: 'proposals',
    json: proposalBatchJson(batch),
    count: batch.length,
  }));
  await sendInSlices(result.unmatched, RESULTS_PER_MESSAGE, (unmatched) => ({ type: 'unmatched', unmatched }));
  const { proposals: _proposals, unmatched: _unmatched, ...rest } = result;
  send({ type: 'done', result: rest });
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'job') job = message.job;
  else if (message.type === 'mentees' || message.type === 'mentors') {
    for (const profile of JSON.parse(message.json) as MatchingProfile[]) job?.[message.type].push(profile);
  } else if (message.type === 'ack') acknowledged?.();
  else if (job) {
    solve(job).catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }
});
