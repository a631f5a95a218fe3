import cluster from 'node:cluster';
import { loadConfig, type Config } from '../../config.ts';
import { openRuntime, type Runtime } from '../../services/runtime.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** Ends the process cleanly on SIGTERM or SIGINT: `stop` finishes in-flight work, within the grace period. */
function onShutdown(runtime: Runtime, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      runtime.logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await stop();
    await runtime.handle.close();
    runtime.logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * The primary of several server processes (WORKERS > 1, PostgreSQL): it has migrated and seeded,
 * runs the background jobs itself (the job runner), forks the workers that serve HTTP on the shared port, replaces
 * a worker that dies, and passes a shutdown on to them.
 */
function superviseWorkers(config: Config, runtime: Runtime): () => Promise<void> {
  let stopping = false;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    runtime.logger.error({ pid: worker.process.pid, code, signal }, 'a server worker stopped; starting another');
    cluster.fork();
  });
  return async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve).process.kill('SIGTERM'))));
  };
}

/**
 * Runs `constellation serve [--demo]`: migrate, optionally seed the demo (its code is loaded only
 * then), and serve until SIGTERM. With WORKERS=n (PostgreSQL) n processes serve the port and this
 * one runs the jobs.
 */
export async function serve(options: { demo?: boolean }): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig(process.env);
  // The web app's modules (routes, services, the jobs) load while the database opens: PGlite
  // compiles its WebAssembly off the main thread meanwhile, and neither waits for the other.
  const http = import('./serve-http.ts');
  http.catch(() => undefined); // its failure surfaces at the await below
  if (cluster.isWorker) {
    const runtime = await openRuntime(config, undefined, { prepare: false });
    onShutdown(runtime, await (await http).serveHttp(config, runtime, startedAt));
    return;
  }
  const runtime = await openRuntime(config);
  if (options.demo) await seedDemo(runtime);
  const { serveHttp, startBackgroundJobs } = await http;
  const stopJobs = startBackgroundJobs(config, runtime);
  const stopServing = config.workers > 1 ? superviseWorkers(config, runtime) : await serveHttp(config, runtime, startedAt);
  onShutdown(runtime, async () => {
    await stopServing();
    await stopJobs();
  });
}

async function seedDemo(runtime: Runtime): Promise<void> {
  const [{ seedDemoWithProgress }, { demoAdmin, demoCoordinator, demoPassword }] = await Promise.all([
    import('./seed.action.ts'),
    import('../../services/demo/demo-people.ts'),
  ]);
  if (await seedDemoWithProgress(runtime.ctx)) {
    console.log(`Demo organization ready. Sign in as ${demoCoordinator.email} or ${demoAdmin.email}, password "${demoPassword}".`);
  }
}
