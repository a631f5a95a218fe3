import { beatRunHeartbeat, failStaleRuns } from '../../db/repositories/matching-run.repository.ts';
import type { ServiceContext } from '../context.ts';

/** How often a server beats the heartbeat of the runs it runs, and how long a silent run lives. */
export type RunLiveness = { heartbeatMs: number; staleAfterMs: number };

const liveness: RunLiveness = { heartbeatMs: 10_000, staleAfterMs: 45_000 };

/** What a run whose server stopped says, once another server (or a restart) failed it. */
export const staleRunError = 'The server running this matching stopped; run it again';

/** Set once at start (from the configuration); tests shorten both to seconds. */
export function configureRunLiveness(settings: Partial<RunLiveness>): void {
  Object.assign(liveness, settings);
}

export function runLiveness(): Readonly<RunLiveness> {
  return liveness;
}

/** The runs this process is running, by id: cancelling one stops its worker here at once. */
const localRuns = new Map<string, AbortController>();

/**
 * Beats a run's heartbeat every `heartbeatMs` while this process runs it. When the run is no
 * longer running in the database (a coordinator cancelled it on any server, or a sweep failed
 * it), `signal` aborts and the caller stops its work. `stop` ends the beating.
 *
 * @example const live = keepRunAlive(ctx, orgId, run.id); try { await solve(live.signal); } finally { live.stop(); }
 */
export function keepRunAlive(ctx: ServiceContext, organizationId: string, runId: string): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  localRuns.set(runId, controller);
  const timer = setInterval(() => {
    beatRunHeartbeat(ctx.db, organizationId, runId)
      .then((running) => running || controller.abort())
      .catch((error: unknown) => ctx.logger.warn({ err: error, runId }, 'matching run heartbeat failed'));
  }, liveness.heartbeatMs);
  timer.unref();
  return {
    signal: controller.signal,
    stop: () => {
      clearInterval(timer);
      localRuns.delete(runId);
    },
  };
}

/** Stops the run's work if this process runs it (the database row is the caller's to change). */
export function stopLocalRun(runId: string): void {
  localRuns.get(runId)?.abort();
}

/**
 * Fails the runs whose server stopped beating their heartbeat over `staleAfterMs` ago (any
 * organization's, any server's); `staleAfterMs` 0 fails every running run (a single-process
 * database at start, where no other server can be running one). Returns how many.
 */
export async function failStaleMatchingRuns(
  ctx: Pick<ServiceContext, 'db' | 'logger'>,
  staleAfterMs = liveness.staleAfterMs,
): Promise<number> {
  const failed = await failStaleRuns(ctx.db, staleAfterMs, staleRunError);
  if (failed > 0) ctx.logger.warn({ failed }, 'matching runs failed: the server running them stopped');
  return failed;
}
