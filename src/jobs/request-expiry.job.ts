import { expireMentorRequests } from '../services/requests/expire-mentor-requests.ts';
import type { ServiceContext } from '../services/context.ts';

/** How often the expiry pass runs. */
export const requestExpiryIntervalMs = 10 * 60 * 1000;

/**
 * Starts the mentor-request expiry pass: once now, then every 10 minutes. A failed pass is
 * logged and the next one tries again; a pass still running when the next is due is not doubled. Returns the function that stops it (on shutdown).
 *
 * @example const stop = startRequestExpiryJob(ctx); ...; await stop();
 */
export function startRequestExpiryJob(ctx: ServiceContext, intervalMs = requestExpiryIntervalMs): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running !== null) return; // a slow pass is not stacked on
    running = expireMentorRequests(ctx, ctx.now())
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'mentor request expiry failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
