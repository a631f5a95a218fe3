import type { Config } from '../config.ts';
import type { Runtime } from '../services/runtime.ts';
import { registerEmailDeliveryJob } from './email-delivery.job.ts';
import { registerMatchingRunSweepJob } from './matching-run-sweep.job.ts';
import { registerNotificationMailJobs } from './notification-mail.job.ts';
import { startJobRunner } from './queue/index.ts';
import { registerRequestExpiryJob } from './request-expiry.job.ts';

/**
 * Registers every kind of background job (add yours here: the runner claims only kinds
 * registered in its process) and starts this process's job runner, with JOB_CONCURRENCY jobs at
 * once and a wake-up on each enqueue. Returns the function that stops it (on shutdown: no new
 * claims; the jobs running are awaited).
 *
 * @example const stopJobs = startBackgroundJobs(config, runtime); ...; await stopJobs();
 */
export function startBackgroundJobs(config: Config, runtime: Runtime): () => Promise<void> {
  registerRequestExpiryJob();
  registerMatchingRunSweepJob(config.matchingLiveness.sweepMs);
  registerEmailDeliveryJob();
  registerNotificationMailJobs();
  const runner = startJobRunner(runtime.ctx, { concurrency: config.jobConcurrency, listen: runtime.handle.listen });
  runtime.logger.info({ worker: runner.worker, concurrency: config.jobConcurrency }, 'job runner started');
  return runner.stop;
}
