import { failStaleMatchingRuns } from '../services/matching/run-liveness.ts';
import { registerJobKind, registerRecurringJob } from './queue/index.ts';

/** The job kind of the sweep that fails matching runs whose server stopped. */
export const matchingRunSweepJob = 'matching_run_sweep';

/** How often a server looks for runs whose server stopped, unless configured. */
export const matchingRunSweepIntervalMs = 15_000;

/**
 * Registers the sweep that fails matching runs whose server stopped beating their heartbeat, on
 * the job queue: every `intervalMs`, once across all servers (the update is idempotent anyway).
 * A failed pass is not retried: the next one comes soon.
 *
 * @example registerMatchingRunSweepJob(config.matchingLiveness.sweepMs);
 */
export function registerMatchingRunSweepJob(intervalMs = matchingRunSweepIntervalMs): void {
  registerJobKind(matchingRunSweepJob, {
    handler: async (ctx) => void (await failStaleMatchingRuns(ctx)),
    maxAttempts: 1,
    timeoutMs: 60_000,
  });
  registerRecurringJob(matchingRunSweepJob, { everyMs: intervalMs });
}
