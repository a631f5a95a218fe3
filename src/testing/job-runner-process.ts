/**
 * A job runner process for the queue's multi-process tests: opens DATABASE_URL, registers
 * `test_row_insert` (each run inserts a row naming the job and this process into
 * job_test_runs, which the test creates) and runs JOB_CONCURRENCY jobs at once until SIGTERM.
 * Prints `ready` once listening. TEST_JOB_WORK_MS, TEST_JOB_TIMEOUT_MS and TEST_LEASE_MARGIN_MS
 * shorten or lengthen a job and its lease (crash tests). Run: node src/testing/job-runner-process.ts
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/connection.ts';
import { registerJobKind, startJobRunner } from '../jobs/queue/index.ts';
import { createLogger } from '../logger.ts';

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', poolSize: 4 });
const ctx = {
  db: handle.db,
  secret: 'job-runner-process-secret-0123456789abcdef',
  now: () => new Date(),
  logger: createLogger('warn'),
  sessionTtlDays: 14,
};
registerJobKind('test_row_insert', {
  handler: async (jobCtx, job) => {
    await jobCtx.db.execute(sql`insert into job_test_runs (job_id, pid) values (${job.id}, ${process.pid})`);
    // A little work, so both processes take turns (TEST_JOB_WORK_MS: long enough to be killed mid-job).
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.TEST_JOB_WORK_MS ?? 5)));
  },
  maxAttempts: 3,
  timeoutMs: Number(process.env.TEST_JOB_TIMEOUT_MS ?? 10_000),
});
const runner = startJobRunner(ctx, {
  concurrency: Number(process.env.JOB_CONCURRENCY ?? 4),
  pollMs: 200,
  leaseMarginMs: Number(process.env.TEST_LEASE_MARGIN_MS ?? 30_000),
  listen: handle.listen,
});
process.on('SIGTERM', () => {
  void runner
    .stop()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
setTimeout(() => console.log('ready'), 300); // the LISTEN is in place
