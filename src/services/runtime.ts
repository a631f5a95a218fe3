import type { Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { ServiceContext } from './context.ts';
import { failInterruptedRuns } from '../db/repositories/matching-run.repository.ts';

/** Longer than any matching run takes: a run still "running" after this was interrupted. */
const STALE_RUN_MS = 30 * 60_000;

export type Runtime = { handle: DatabaseHandle; ctx: ServiceContext; logger: Logger };

/**
 * The composition root the CLI and the server start from: opens the configured database,
 * applies migrations, fails matching runs a stopped server left behind, and builds the context
 * services run with. Worker processes of a server pass `prepare: false`: their primary has
 * already done both.
 */
export async function openRuntime(
  config: Config,
  logger = createLogger(config.logLevel),
  options: { prepare: boolean } = { prepare: true },
): Promise<Runtime> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  if (options.prepare) {
    await handle.migrate();
    // A run cannot survive a restart: runs left behind (older than any live run could be) are
    // marked failed so they can be run again; other servers' live runs are left alone.
    await failInterruptedRuns(handle.db, new Date(Date.now() - STALE_RUN_MS));
  }
  const ctx: ServiceContext = {
    db: handle.db,
    secret: config.sessionSecret,
    now: () => new Date(),
    logger,
    sessionTtlDays: config.sessionTtlDays,
  };
  return { handle, ctx, logger };
}
