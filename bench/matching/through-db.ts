// `npm run bench:matching -- --through-db [--mentees N --mentors M]` (PostgreSQL: DATABASE_URL):
// the product's own matching path beside the engine alone, on the same cohort. It seeds issue
// 22's large organization (seedLargeOrganization: 25,000 people, 20,000 mentees x 5,000 mentors
// of capacity 4) in a scratch database, then times, in this process:
//   start     startMatchingRun until it answers (what POST .../matching/runs waits for)
//   product   from the start to the proposal stored: loading the cohort from the database (in
//             slices), the job to a worker thread in slices, scoring on worker threads, the
//             certified solve, the result back in slices, storing 20,000 proposals in batches
//             and ANALYZE
//   engine    solveCohortJobInParallel on the same cohort in this process (what bench:matching
//             times for its 20k x 5k): scoring on worker threads and the certified solve
// and prints the ratio product / engine (issue 22's target: at most 2), the longest event-loop
// stall during the product run (clock and the main thread's own CPU, from a 10 ms timer), then
// a mentee's suggested mentors (cold, then p50/p99 warm) and publishing the proposal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/connection.ts';
import { findProgramById } from '../../src/db/repositories/program.repository.ts';
import type { Actor } from '../../src/domain/person.ts';
import { createLogger } from '../../src/logger.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { solveCohortJobInParallel } from '../../src/services/matching/cohort-job.ts';
import { publishMatchingRun } from '../../src/services/matching/matching-publish.service.ts';
import { startMatchingRun } from '../../src/services/matching/matching-run.service.ts';
import { suggestMentors } from '../../src/services/matching/mentor-suggestion.service.ts';
import { loadProgramCohort } from '../../src/services/matching/program-cohort.ts';
import { fullLargeOrganization, seedLargeOrganization } from '../../src/testing/large-organization.ts';
import { createScratchDatabase } from '../../src/testing/test-database.ts';
import { watchStalls } from '../../src/testing/stall-watch.ts';

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs the through-database bench and prints its table. */
export async function benchThroughDatabase(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('--through-db needs DATABASE_URL (PostgreSQL)');
  const mentees = numberArg('--mentees', fullLargeOrganization.mentees);
  const mentors = numberArg('--mentors', fullLargeOrganization.mentors);
  const scratch = await createScratchDatabase(mkdtempSync(path.join(tmpdir(), 'constellation-matching-db-')));
  const handle = await openDatabase({ databaseUrl: scratch.env.DATABASE_URL, dataDir: 'memory://' });
  try {
    await handle.migrate();
    const ctx: ServiceContext = {
      db: handle.db,
      secret: 'x'.repeat(40),
      now: () => new Date(),
      logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn'),
      sessionTtlDays: 14,
    };
    let mark = performance.now();
    const org = await seedLargeOrganization(handle.db, {
      ...fullLargeOrganization,
      people: Math.max(fullLargeOrganization.people, mentees + mentors + 4),
      mentees,
      mentors,
    });
    console.log(`seeded ${org.counts.people} people, ${mentees} mentees x ${mentors} mentors in ${seconds(performance.now() - mark)}`);
    const coordinator: Actor = { personId: org.coordinator.id, organizationId: org.organizationId, organizationRole: 'coordinator' };
    const options = { policy: 'score' as const, mode: 'optimal' as const, minimumScore: null };

    const stalls = watchStalls();
    mark = performance.now();
    const { run, finished } = await startMatchingRun(ctx, coordinator, org.programId, options);
    const startMs = performance.now() - mark;
    await finished;
    const productMs = performance.now() - mark;
    const stall = stalls.stop();
    const [stored] = (
      (await handle.db.execute(
        `select status, error, summary->>'matchedSlots' as matched from matching_runs where id = '${run.id}'`,
      )) as unknown as { rows: Array<{ status: string; error: string | null; matched: string }> }
    ).rows;
    if (stored?.status !== 'proposed') throw new Error(`the run ended ${stored?.status}: ${stored?.error}`);

    const program = await findProgramById(handle.db, org.organizationId, org.programId);
    if (!program) throw new Error('the program is gone');
    mark = performance.now();
    const job = await loadProgramCohort(handle.db, program, { ...options, now: new Date() });
    const loadMs = performance.now() - mark;
    mark = performance.now();
    const engine = await solveCohortJobInParallel(job);
    const engineMs = performance.now() - mark;

    const mentee: Actor = { personId: org.mentee.id, organizationId: org.organizationId, organizationRole: 'member' };
    mark = performance.now();
    await suggestMentors(ctx, mentee, org.programId);
    const coldMs = performance.now() - mark;
    const suggestionStalls = watchStalls();
    const warm: number[] = [];
    const warmCpu: number[] = [];
    const threadCpuMs = () => {
      const { user, system } = process.threadCpuUsage();
      return (user + system) / 1000;
    };
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const cpuBefore = threadCpuMs();
      await suggestMentors(ctx, mentee, org.programId);
      warm.push(performance.now() - started);
      warmCpu.push(threadCpuMs() - cpuBefore);
    }
    const suggestionStall = suggestionStalls.stop();
    warm.sort((a, b) => a - b);
    warmCpu.sort((a, b) => a - b);

    mark = performance.now();
    const published = await publishMatchingRun(ctx, coordinator, run.id);
    const publishMs = performance.now() - mark;

    const rows: Array<[string, string]> = [
      ['start (answer to POST .../matching/runs)', `${startMs.toFixed(0)} ms`],
      ['product: start to proposal stored', seconds(productMs)],
      [
        'engine alone (same cohort, in process)',
        `${seconds(engineMs)} (${engine.proposals.length} pairs; loading the cohort apart: ${seconds(loadMs)})`,
      ],
      ['ratio product / engine (target <= 2)', `${(productMs / engineMs).toFixed(2)}x`],
      ['proposal stored', `${stored.matched} pairs`],
      ['longest event-loop stall during the run', `${stall.clockMs.toFixed(0)} ms clock, ${stall.cpuMs.toFixed(0)} ms CPU`],
      ['suggested mentors, cold (pool prepared)', `${coldMs.toFixed(0)} ms`],
      ['suggested mentors, warm p50 / p99 (50)', `${percentile(warm, 50).toFixed(1)} / ${percentile(warm, 99).toFixed(1)} ms`],
      ['  main-thread CPU per request p50 / p99', `${percentile(warmCpu, 50).toFixed(1)} / ${percentile(warmCpu, 99).toFixed(1)} ms`],
      [
        'longest stall during warm suggestions',
        `${suggestionStall.clockMs.toFixed(0)} ms clock, ${suggestionStall.cpuMs.toFixed(0)} ms CPU`,
      ],
      ['publishing', `${seconds(publishMs)} (${published.relationshipsCreated} relationships)`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  } finally {
    await handle.close();
    await scratch.drop();
  }
}
