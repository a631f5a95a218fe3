import { sendNotificationDigests } from '../services/notifications/notification-mail-digest.ts';
import { bridgeNotificationsToEmail } from '../services/notifications/notification-mail.ts';
import { registerJobKind, registerRecurringJob } from './queue/index.ts';

/** Turns pending notifications into emails (or digest items), every `notificationMailIntervalMs`. */
export const notificationMailJob = 'notification_mail';
/** Sends the digests due: hourly, so each person's comes at 08:00 in their own time zone. */
export const notificationDigestJob = 'notification_digest';

/** How often the bridge runs: an immediate email is queued within this (and delivered right after). */
export const notificationMailIntervalMs = 15_000;
const digestIntervalMs = 60 * 60 * 1000;

/**
 * Registers the email side of notifications on the job queue: `notification_mail` every 15 s
 * (immediate emails leave within the minute; a notification is written in its change's
 * transaction and bridged in the job's own), and `notification_digest` every hour (aligned to the
 * hour: each person's digest goes in their local 08:00 hour, once a day). Both are safe to rerun:
 * each pass commits its notifications' states with the emails it queues.
 *
 * @example registerNotificationMailJobs(); startJobRunner(ctx, { concurrency: 2 });
 */
export function registerNotificationMailJobs(intervalMs = notificationMailIntervalMs, digestEveryMs = digestIntervalMs): void {
  const kinds = [
    { name: notificationMailJob, run: bridgeNotificationsToEmail, everyMs: intervalMs, timeoutMs: 10 * 60 * 1000, backoffMs: 10_000 },
    { name: notificationDigestJob, run: sendNotificationDigests, everyMs: digestEveryMs, timeoutMs: 30 * 60 * 1000, backoffMs: 60_000 },
  ];
  for (const { name, run, everyMs, timeoutMs, backoffMs } of kinds) {
    registerJobKind(name, {
      handler: async (ctx, job) => {
        await run(ctx, { signal: job.signal });
      },
      maxAttempts: 3,
      timeoutMs,
      backoffMs,
    });
    registerRecurringJob(name, { everyMs });
  }
}
