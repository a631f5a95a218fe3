// API latency benchmark: the home page API and a program's enrolment list, measured against
// /healthz on the same app in the same run, on the demo data. Prints figures and ratios.
import { openTestDatabase } from '../src/testing/test-database.ts';
import { createApp } from '../src/api/app.ts';
import { createLogger } from '../src/logger.ts';
import { seedDemoOrganization } from '../src/services/demo/demo-seed.service.ts';
import { demoCoordinator, demoPassword } from '../src/services/demo/demo-people.ts';
import type { ServiceContext } from '../src/services/context.ts';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 300);

type Figures = { name: string; meanMs: number; p50Ms: number; p99Ms: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(name: string, send: () => Response | Promise<Response>): Promise<Figures> {
  for (let i = 0; i < 20; i++) await (await send()).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${name}: status ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const meanMs = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { name, meanMs, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}

const handle = await openTestDatabase();
const ctx: ServiceContext = {
  db: handle.db,
  secret: 'bench-secret-bench-secret-bench-secret-0123',
  now: () => new Date(),
  logger: createLogger('silent'),
  sessionTtlDays: 14,
};
await seedDemoOrganization(ctx);
const app = createApp(ctx, { publicUrl: undefined, trustProxy: false, webRoot: undefined, bodyLimitBytes: 1_000_000 });
const signIn = await app.request('/api/v1/auth/sign-in', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: demoCoordinator.email, password: demoPassword }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const programs = (await (await app.request('/api/v1/programs', { headers: { cookie } })).json()) as { programs: Array<{ id: string }> };
const programId = programs.programs[0]?.id ?? '';

const baseline = await measure('GET /healthz (baseline)', () => app.request('/healthz'));
const results = [
  baseline,
  await measure('GET /api/v1/home', () => app.request('/api/v1/home', { headers: { cookie } })),
  await measure('GET /api/v1/programs/:id/enrolments', () =>
    app.request(`/api/v1/programs/${programId}/enrolments`, { headers: { cookie } }),
  ),
];
console.log(`API latency on ${handle.dialect}, demo data, ${iterations} sequential in-process requests each`);
console.table(
  results.map((r) => ({
    route: r.name,
    'mean ms': r.meanMs.toFixed(2),
    'p50 ms': r.p50Ms.toFixed(2),
    'p99 ms': r.p99Ms.toFixed(2),
    'x baseline (mean)': (r.meanMs / baseline.meanMs).toFixed(1),
  })),
);
await handle.close();
