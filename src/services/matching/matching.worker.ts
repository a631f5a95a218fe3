// Runs a matching job off the request path: the server keeps answering while a cohort is scored
// and solved. Messages: in, a CohortJob; out, progress updates and then the result (or an error).
import { parentPort } from 'node:worker_threads';
import { solveCohortJob, type CohortJob } from './cohort-job.ts';

parentPort?.once('message', (job: CohortJob) => {
  try {
    let last = 0;
    const result = solveCohortJob(job, (stage, done, total) => {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      parentPort?.postMessage({ type: 'progress', stage, done, total });
    });
    parentPort?.postMessage({ type: 'done', result });
  } catch (error) {
    parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
