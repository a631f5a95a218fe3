import type { Config } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { ServiceContext } from './context.ts';
import { configureRunLiveness, failStaleMatchingRuns } from './matching/run-liveness.ts';

export type Runtime = { handle: DatabaseHandle; ctx: ServiceContext; logger: Logger };

/**
 * The composition root the CLI and the server start from: opens the configured database,
 * applies migrations, fails matching runs a stopped server left behind (whose heartbeat stopped;
 * with embedded PGlite, every run left running, as no other process can be running it), and
 * builds the context
 * services run with. Worker processes of a server pass `prepare: false`: their primary has
 * already done both.
 */
export async function openRuntime(
  config: Config,
  logger = createLogger(config.logLevel),
  options: { prepare: boolean } = { prepare: true },
): Promise<Runtime> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
  });
  if (options.prepare) {
    await handle.migrate();
    // A run cannot survive a restart: runs left behind are marked failed so they can be run
    // again; other servers' live runs (beating their heartbeat) are left alone.
    await failStaleMatchingRuns({ db: handle.db, logger }, handle.dialect === 'pglite' ? 0 : config.matchingLiveness.staleAfterMs);
  }
  configureRunLiveness(config.matchingLiveness);
  const ctx: ServiceContext = {
    db: handle.db,
    secret: config.sessionSecret,
    now: () => new Date(),
    logger,
    sessionTtlDays: config.sessionTtlDays,
    email: config.email,
  };
  return { handle, ctx, logger };
}
