import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../src/api/app.ts';
import { listen } from '../../src/api/server.ts';
import { defaultWebRoot } from '../../src/cli/web-root.ts';
import { createLogger } from '../../src/logger.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { seedDemoOrganization } from '../../src/services/demo/demo-seed.service.ts';
import { openTestDatabase } from '../../src/testing/test-database.ts';

export type E2eServer = {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops the HTTP server, then closes (and on PostgreSQL drops) the database. */
  close: () => Promise<void>;
  /** Moves the server's clock forward (a meeting's start passes without waiting for it). */
  advanceClock: (milliseconds: number) => void;
  /** The server's own services, for what no page does (a second organization, made by the CLI). */
  ctx: ServiceContext;
};

/** Fails early, with the fix, when the web app has not been built. */
export function assertWebAppBuilt(webRoot = defaultWebRoot): void {
  const indexFile = path.join(webRoot, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing). Run \`npm run build:web\` before the end-to-end tests.`);
  }
}

/**
 * The real server in this process on a free port: a fresh database (PGlite, or a new database on
 * the DATABASE_URL server), the demo organization seeded, and the built web app served.
 *
 * @example before(async () => { server = await startServer(); }); after(() => server?.close());
 */
export async function startServer({ webRoot = defaultWebRoot }: { webRoot?: string } = {}): Promise<E2eServer> {
  assertWebAppBuilt(webRoot);
  const handle = await openTestDatabase();
  let clockOffset = 0;
  try {
    const ctx: ServiceContext = {
      db: handle.db,
      secret: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
      now: () => new Date(Date.now() + clockOffset),
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      sessionTtlDays: 14,
    };
    await seedDemoOrganization(ctx);
    const app = createApp(ctx, { publicUrl: undefined, trustProxy: false, webRoot, bodyLimitBytes: 1_000_000 });
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    return {
      url: server.url,
      ctx,
      advanceClock: (milliseconds) => {
        clockOffset += milliseconds;
      },
      close: async () => {
        try {
          await server.close();
        } finally {
          await handle.close();
        }
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
