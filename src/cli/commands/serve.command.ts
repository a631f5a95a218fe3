import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { createApp } from '../../api/app.ts';
import { listen } from '../../api/server.ts';
import { loadConfig } from '../../config.ts';
import { startRequestExpiryJob } from '../../jobs/request-expiry.job.ts';
import { demoAdmin, demoCoordinator, demoPassword } from '../../services/demo/demo-people.ts';
import { openRuntime } from '../../services/runtime.ts';
import { defaultWebRoot } from '../web-root.ts';
import { seedDemoWithProgress } from './seed.command.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** `constellation serve [--demo]`: migrate, optionally seed the demo, and serve until SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web server (applies migrations first)')
    .option('--demo', 'create the demo organization if it does not exist')
    .action(async (options: { demo?: boolean }) => {
      const startedAt = performance.now();
      const config = loadConfig(process.env);
      const { handle, ctx, logger } = await openRuntime(config);
      if (options.demo && (await seedDemoWithProgress(ctx))) {
        console.log(`Demo organization ready. Sign in as ${demoCoordinator.email} or ${demoAdmin.email}, password "${demoPassword}".`);
      }
      const app = createApp(
        ctx,
        { publicUrl: config.publicUrl, trustProxy: config.trustProxy, webRoot: defaultWebRoot, bodyLimitBytes: 1_000_000 },
        async () => {
          await handle.db.execute(sql`select 1`);
          return true;
        },
      );
      const stopRequestExpiry = startRequestExpiryJob(ctx);
      const server = await listen(app, { port: config.port, host: config.host });
      logger.info(
        { url: server.url, database: handle.dialect, location: handle.location, startupMs: Math.round(performance.now() - startedAt) },
        'Constellation is listening',
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down: finishing in-flight requests');
        setTimeout(() => {
          logger.error('shutdown took too long; exiting');
          process.exit(1);
        }, SHUTDOWN_GRACE_MS).unref();
        await server.close();
        await stopRequestExpiry();
        await handle.close();
        logger.info('stopped cleanly');
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop('SIGTERM'));
      process.on('SIGINT', () => void stop('SIGINT'));
    });
}
