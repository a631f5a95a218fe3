import type { ServiceContext } from '../services/context.ts';
import { failStaleMatchingRuns } from '../services/matching/run-liveness.ts';

/** How often a server looks for runs whose server stopped, unless configured. */
export const matchingRunSweepIntervalMs = 15_000;

/**
 * Starts the sweep that fails matching runs whose server stopped beating their heartbeat (any
 * server may run it; the update is idempotent): every `intervalMs`. A failed pass is logged and
 * the next one tries again; a pass still running when the next is due is not doubled. Returns
 * the function that stops it (on shutdown).
 *
 * @example const stop = startMatchingRunSweepJob(ctx, 15_000); ...; await stop();
 */
export function startMatchingRunSweepJob(ctx: ServiceContext, intervalMs = matchingRunSweepIntervalMs): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running !== null) return;
    running = failStaleMatchingRuns(ctx)
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'matching run sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
