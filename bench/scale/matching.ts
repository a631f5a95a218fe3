// The matching steps of the scale bench: the run through the product (POST, then polling until
// proposed), the engine alone on the same cohort in this process, and publishing.
import { findProgramById } from '../../src/db/repositories/program.repository.ts';
import type { Database } from '../../src/db/database.ts';
import { openMatchingSession } from '../../src/domain/matching/matching-session.ts';
import { solveCohortJobInParallel } from '../../src/services/matching/cohort-job.ts';
import { selectTopCandidatesInParallel } from '../../src/services/matching/parallel-scoring.ts';
import { createSource, type InstanceSpec } from '../matching/generators.ts';
import { loadProgramCohort } from '../../src/services/matching/program-cohort.ts';
import { formatMs, send, type Session } from './http.ts';

export type RunFigures = {
  runId: string | null;
  startStatus: number;
  startMs: number;
  /** From sending the POST to seeing the run proposed (polled every 250 ms). */
  endToEndMs: number;
  /** The server's own created-to-finished time of the run. */
  serverMs: number | null;
  status: string;
  proposals: number | null;
  /** The slowest /healthz answer while the run was running. */
  healthzMaxMs: number;
};

type RunBody = {
  id?: string;
  status?: string;
  error?: string | null;
  progress?: { stage: string; done: number; total: number };
  summary?: { matchedSlots?: number } | null;
  createdAt?: string;
  finishedAt?: string | null;
};

/** Starts a matching run as the coordinator and waits for it to settle, probing /healthz meanwhile. */
export async function runMatchingThroughServer(
  baseUrl: string,
  coordinator: Session,
  programId: string,
  log: (line: string) => void,
): Promise<RunFigures> {
  const started = performance.now();
  const start = await send(baseUrl, 'POST', `/api/v1/programs/${programId}/matching/runs`, {
    cookie: coordinator.cookie,
    json: { policy: 'score', mode: 'optimal', minimumScore: null },
  });
  log(`POST matching run: ${start.status} in ${formatMs(start.ms)}`);
  const runId = (start.body as RunBody | undefined)?.id ?? null;
  let healthzMaxMs = 0;
  let run: RunBody = (start.body as RunBody | undefined) ?? {};
  let lastLine = '';
  while (runId && run.status === 'running' && performance.now() - started < 30 * 60_000) {
    const health = await send(baseUrl, 'GET', '/healthz');
    healthzMaxMs = Math.max(healthzMaxMs, health.ms);
    await new Promise((resolve) => setTimeout(resolve, 250));
    run = (await send(baseUrl, 'GET', `/api/v1/matching-runs/${runId}`, { cookie: coordinator.cookie })).body as RunBody;
    const line = `  run ${run.status}: ${run.progress?.stage ?? '?'} ${run.progress?.done ?? 0}/${run.progress?.total ?? 0}`;
    if (line !== lastLine) log(`${line} (${formatMs(performance.now() - started)})`);
    lastLine = line;
  }
  const endToEndMs = performance.now() - started;
  if (run.error) log(`  run error: ${run.error}`);
  const serverMs = run.createdAt && run.finishedAt ? Date.parse(run.finishedAt) - Date.parse(run.createdAt) : null;
  return {
    runId,
    startStatus: start.status,
    startMs: start.ms,
    endToEndMs,
    serverMs,
    status: run.status ?? `HTTP ${start.status}`,
    proposals: run.summary?.matchedSlots ?? null,
    healthzMaxMs,
  };
}

/**
 * The engine alone on the program's cohort, as `bench:matching` times it: the cohort is loaded
 * from the database first (timed apart), then scored (on worker threads, as the product does)
 * and solved in this process.
 */
export async function runEngineAlone(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<{ loadMs: number; engineMs: number; proposals: number; optimal: boolean }> {
  const program = await findProgramById(db, organizationId, programId);
  if (!program) throw new Error('the seeded program is gone');
  const loadStarted = performance.now();
  const job = await loadProgramCohort(db, program, { policy: 'score', mode: 'optimal', minimumScore: null, now: new Date() });
  const loadMs = performance.now() - loadStarted;
  const started = performance.now();
  const result = await solveCohortJobInParallel(job);
  return { loadMs, engineMs: performance.now() - started, proposals: result.proposals.length, optimal: result.summary.optimal };
}

/**
 * `bench:matching`'s engine on a generated instance of the same size (its 'profile' generator,
 * the same seed): scoring on two worker threads, then the certified solve, in this process. The
 * issue's target is the product's run within twice this.
 */
export async function runGeneratedEngine(
  mentees: number,
  mentors: number,
  capacity: number,
): Promise<{ ms: number; matched: number; optimal: boolean }> {
  const spec: InstanceSpec = { mentees, mentors, capacity, seed: 20_270_301 };
  const source = createSource('profile', spec);
  const started = performance.now();
  const recipe = {
    module: new URL('../matching/generators.ts', import.meta.url).href,
    exportName: 'createSource',
    args: ['profile', spec],
  };
  const candidates = await selectTopCandidatesInParallel(recipe, source, { k: 12, minimum: 0, threads: 2 });
  const session = openMatchingSession(source, { k: 12, candidates });
  const ms = performance.now() - started;
  let matched = 0;
  for (const _ of session.result.matches) matched++;
  return { ms, matched, optimal: session.result.optimal };
}

/** Publishes the run as the coordinator. */
export async function publishRun(
  baseUrl: string,
  coordinator: Session,
  runId: string,
): Promise<{ status: number; ms: number; relationships: number | null; body: unknown }> {
  const published = await send(baseUrl, 'POST', `/api/v1/matching-runs/${runId}/publish`, {
    cookie: coordinator.cookie,
    timeoutMs: 600_000,
  });
  const created = (published.body as { relationshipsCreated?: number } | undefined)?.relationshipsCreated;
  return { status: published.status, ms: published.ms, relationships: created ?? null, body: published.body };
}
