import { createApp, type ConstellationApp } from '../api/app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = {
  app: ConstellationApp;
  ctx: ServiceContext;
  handle: DatabaseHandle;
  /** Moves the app's clock, to test expiry without waiting. */
  advanceClock: (ms: number) => void;
};

/**
 * The real application on a fresh database, for one test file. Close it in `after`.
 *
 * @example before(async () => { t = await openTestApp(); }); after(() => t.handle.close());
 */
export async function openTestApp(options: { publicUrl?: string; webRoot?: string } = {}): Promise<TestApp> {
  const handle = await openTestDatabase();
  let offsetMs = 0;
  const ctx: ServiceContext = {
    db: handle.db,
    secret: 'test-secret-test-secret-test-secret-0123456789',
    now: () => new Date(Date.now() + offsetMs),
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    sessionTtlDays: 14,
  };
  const app = createApp(ctx, {
    publicUrl: options.publicUrl,
    trustProxy: true,
    webRoot: options.webRoot,
    bodyLimitBytes: 100_000,
  });
  return { app, ctx, handle, advanceClock: (ms) => (offsetMs += ms) };
}
