import { deliverOutbox, emailDeliveryJob } from '../services/email/deliver-outbox.ts';
import { registerJobKind, registerRecurringJob } from './queue/index.ts';

/** A pass claims this many messages at a time, and one job runs at most this many passes. */
const batch = 100;
const passesPerJob = 50;

/** How often a delivery pass runs even when nothing woke it (retries after their backoff, leases of dead processes). */
export const emailDeliveryIntervalMs = 30_000;

/**
 * Registers email delivery on the job queue: a job drains the outbox (passes of 100 until one
 * comes back short), woken by each queueing that left a pending message and run every 30 s for
 * retries; several runners share the work through deliverOutbox's SKIP LOCKED claims.
 *
 * @example registerEmailDeliveryJob(); startJobRunner(ctx, { concurrency: 2 });
 */
export function registerEmailDeliveryJob(intervalMs = emailDeliveryIntervalMs): void {
  registerJobKind(emailDeliveryJob, {
    handler: async (ctx, job) => {
      for (let pass = 0; pass < passesPerJob && !job.signal.aborted; pass += 1) {
        const report = await deliverOutbox(ctx, { limit: batch });
        if (report.claimed < batch) return;
      }
    },
    maxAttempts: 3,
    timeoutMs: 10 * 60 * 1000,
    backoffMs: 10_000,
  });
  registerRecurringJob(emailDeliveryJob, { everyMs: intervalMs });
}
