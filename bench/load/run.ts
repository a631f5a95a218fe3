// `npm run bench:load`: the scaled demo (1,000 people, 2,000 relationships) behind the real
// server (`constellation serve` in a child process), driven by autocannon with a realistic mix,
// then /healthz of the same server for comparison; on embedded PGlite, and on PostgreSQL when
// DATABASE_URL is set. BENCH_DURATION (seconds, default 60), BENCH_CONNECTIONS (default 50),
// BENCH_DATABASES (pglite,postgres), BENCH_WORKERS (server processes on PostgreSQL, default one per
// core but one). Fails on any error or non-2xx answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/connection.ts';
import { createLogger } from '../../src/logger.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { demoPassword } from '../../src/services/demo/demo-people.ts';
import { startServerProcess } from '../../src/testing/server-process.ts';
import { createScratchDatabase } from '../../src/testing/test-database.ts';
import { measure, requestMix, type Figures, type LoadUser } from './mix.ts';
import { seedScaledDemo } from './scaled-demo.ts';

const duration = Number(process.env.BENCH_DURATION ?? 60);
const baselineDuration = Number(process.env.BENCH_BASELINE_DURATION ?? Math.min(duration, 20));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const scale = { people: 1_000, relationships: 2_000 };
const wanted = (process.env.BENCH_DATABASES ?? (process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite')).split(',');
const log = (line: string) => console.error(`[bench:load] ${line}`);

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  return /constellation_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

/**
 * Server processes: one on PGlite (its data folder has one user); on PostgreSQL BENCH_WORKERS, or
 * one per core but one, since PostgreSQL and the load generator run on the same machine (on two
 * cores, two workers fight them for the CPU: measured 1,032 req/s and p99 151 ms against 1,424
 * and 76 ms with one).
 */
function workersFor(database: 'pglite' | 'postgres'): number {
  return database === 'postgres' ? Number(process.env.BENCH_WORKERS ?? Math.max(1, availableParallelism() - 1)) : 1;
}

async function benchOne(database: 'pglite' | 'postgres'): Promise<{ mix: Figures; baseline: Figures }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'constellation-load-'));
  const scratch =
    database === 'postgres' ? await createScratchDatabase(dataDir) : { env: { DATA_DIR: dataDir }, drop: async () => undefined };
  try {
    const env: Record<string, string> = { ...scratch.env, SESSION_SECRET: 'load-bench-secret-load-bench-secret-0123' };
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
    const started = performance.now();
    await handle.migrate();
    const ctx: ServiceContext = {
      db: handle.db,
      secret: env.SESSION_SECRET ?? '',
      now: () => new Date(),
      logger: createLogger('silent'),
      sessionTtlDays: 14,
    };
    const seeded = await seedScaledDemo(ctx, scale, log);
    // The steady state of a database in use: autovacuum would have run by now (this machine's
    // PostgreSQL has it off, and PGlite has none), so index-only scans read no heap pages.
    await handle.db.execute(sql`vacuum analyze`);
    await handle.close();
    log(
      `${database}: ${seeded.people} people, ${seeded.relationships} relationships seeded in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    const server = await startServerProcess({ ...env, WORKERS: String(workersFor(database)) });
    try {
      const users: LoadUser[] = [];
      for (const mentee of seeded.mentees.slice(0, connections)) users.push({ ...mentee, cookie: await signIn(server.url, mentee.email) });
      const failures: string[] = [];
      log(`${database}: mix for ${duration} s at ${connections} connections`);
      const mix = await measure('mix', { url: server.url, connections, duration, requests: requestMix(users, failures) }, failures);
      // Requests autocannon gave up on may still be queued in the server: let them drain first.
      await (await fetch(`${server.url}/healthz`)).arrayBuffer();
      log(`${database}: /healthz for ${baselineDuration} s`);
      const baseline = await measure('GET /healthz', { url: `${server.url}/healthz`, connections, duration: baselineDuration });
      return { mix, baseline };
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows: Array<Record<string, string | number>> = [];
let failed = false;
for (const database of ['pglite', 'postgres'] as const) {
  if (!wanted.includes(database)) continue;
  if (database === 'postgres' && !process.env.DATABASE_URL) throw new Error('BENCH_DATABASES names postgres but DATABASE_URL is not set');
  const { mix, baseline } = await benchOne(database);
  for (const figures of [mix, baseline]) {
    rows.push({
      database,
      workers: workersFor(database),
      route: figures.name,
      requests: figures.requests,
      'req/s': Math.round(figures.rps),
      'p50 ms': figures.p50,
      'p99 ms': figures.p99,
      errors: figures.errors,
      timeouts: figures.timeouts,
      'non-2xx': figures.non2xx,
    });
    if (figures.errors > 0 || figures.non2xx > 0) {
      failed = true;
      console.error(
        `${database} ${figures.name}: ${figures.errors} errors (${figures.timeouts} timeouts), ${figures.non2xx} non-2xx; first: ${figures.failures.join(' | ')}`,
      );
    }
  }
  rows.push({
    database,
    workers: '',
    route: 'mix / healthz',
    requests: '',
    'req/s': (mix.rps / baseline.rps).toFixed(2),
    'p50 ms': (mix.p50 / Math.max(baseline.p50, 1)).toFixed(1),
    'p99 ms': (mix.p99 / Math.max(baseline.p99, 1)).toFixed(1),
    errors: '',
    timeouts: '',
    'non-2xx': '',
  });
  if (database === 'postgres' && mix.p99 >= 100) console.error(`PostgreSQL p99 ${mix.p99} ms misses the 100 ms target`);
}
console.log(
  `Load: ${scale.people} people, ${scale.relationships} relationships; ${connections} connections; mix ${duration} s, /healthz ${baselineDuration} s (ratio row: mix over /healthz, latencies floored at 1 ms)`,
);
console.table(rows);
process.exit(failed ? 1 : 0);
