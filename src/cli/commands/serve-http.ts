import { createApp } from '../../api/app.ts';
import { listen } from '../../api/server.ts';
import type { Config } from '../../config.ts';
import type { Runtime } from '../../services/runtime.ts';
import { defaultWebRoot } from '../web-root.ts';

export { startBackgroundJobs } from '../../jobs/background-jobs.ts';

/** Serves HTTP from this process (the only one, or one worker of several sharing the port). */
export async function serveHttp(config: Config, runtime: Runtime, startedAt: number): Promise<() => Promise<void>> {
  const { handle, ctx, logger } = runtime;
  const app = createApp(
    ctx,
    { publicUrl: config.publicUrl, trustProxy: config.trustProxy, webRoot: defaultWebRoot, bodyLimitBytes: 1_000_000 },
    handle.isHealthy,
  );
  const server = await listen(app, { port: config.port, host: config.host });
  logger.info(
    {
      url: server.url,
      pid: process.pid,
      database: handle.dialect,
      location: handle.location,
      workers: config.workers,
      startupMs: Math.round(performance.now() - startedAt),
    },
    'Constellation is listening',
  );
  return () => server.close();
}
