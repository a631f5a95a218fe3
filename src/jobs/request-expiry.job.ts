import { expireMentorRequests } from '../services/requests/expire-mentor-requests.ts';
import { registerJobKind, registerRecurringJob } from './queue/index.ts';

/** The job kind of the mentor-request expiry pass. */
export const requestExpiryJob = 'request_expiry';

/** How often the expiry pass runs. */
export const requestExpiryIntervalMs = 10 * 60 * 1000;

/**
 * Registers the mentor-request expiry pass on the job queue: every 10 minutes (slots aligned to
 * the clock, so a server starting mid-slot runs the slot's pass unless another server has), once
 * across all servers. A failed pass is retried, and the next slot's pass runs anyway.
 *
 * @example registerRequestExpiryJob(); startJobRunner(ctx, { concurrency: 2 });
 */
export function registerRequestExpiryJob(intervalMs = requestExpiryIntervalMs): void {
  registerJobKind(requestExpiryJob, {
    handler: async (ctx) => void (await expireMentorRequests(ctx, ctx.now())),
    maxAttempts: 3,
    timeoutMs: 5 * 60 * 1000,
    backoffMs: 30_000,
  });
  registerRecurringJob(requestExpiryJob, { everyMs: intervalMs });
}
