import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { watchStalls } from '../../testing/stall-watch.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import type { Actor } from '../../domain/person.ts';
import { createLogger } from '../../logger.ts';
import { type LargeOrganization, seedLargeOrganization } from '../../testing/large-organization.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import type { ServiceContext } from '../context.ts';
import { cancelMatchingRun } from './matching-cancel.service.ts';
import { startMatchingRun } from './matching-run.service.ts';
import { staleRunError } from './run-liveness.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
const options = { policy: 'score' as const, mode: 'optimal' as const, minimumScore: null };
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** The run path at 2,000 x 600 through the service, as the route calls it. */
describe('a matching run off the request path', () => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  let org: LargeOrganization;
  let coordinator: Actor;
  const rows = async <Row>(query: ReturnType<typeof sql>): Promise<Row[]> =>
    ((await ctx.db.execute(query)) as unknown as { rows: Row[] }).rows;
  const runOf = async (id: string) =>
    (
      await rows<{ status: string; error: string | null; summary: Record<string, unknown> | null }>(
        sql`select status, error, summary from matching_runs where id = ${id}`,
      )
    )[0];

  before(async () => {
    handle = await openTestDatabase();
    ctx = { db: handle.db, secret: 'x'.repeat(40), now: () => new Date(), logger: createLogger('silent'), sessionTtlDays: 14 };
    org = await seedLargeOrganization(ctx.db, { people: 2700, mentees: 2000, mentors: 600, mentorCapacity: 4, applications: 200 });
    coordinator = { personId: org.coordinator.id, organizationId: org.organizationId, organizationRole: 'coordinator' };
  });
  after(() => handle.close());

  test('answers once the run is recorded, stores the proposal with its totals, and refreshes statistics', async () => {
    const stalls = watchStalls();
    const cpuBefore = cpuMs();
    const { run, finished } = await startMatchingRun(ctx, coordinator, org.programId, options);
    const startCpu = cpuMs() - cpuBefore;
    assert.equal(run.status, 'running');
    await finished;
    const stall = stalls.stop();
    // The cohort is loaded after the answer: starting costs a few queries, not the cohort.
    assert.ok(startCpu < 200, `starting the run took ${startCpu.toFixed(0)} ms of CPU`);
    // PGlite runs its queries on this thread, so only PostgreSQL can show the loop kept free.
    if (onPostgres) assert.ok(stall.cpuMs < 100, `the event loop was held for ${stall.cpuMs.toFixed(0)} ms of CPU`);
    const stored = await runOf(run.id);
    assert.equal(stored?.status, 'proposed', stored?.error ?? '');
    const summary = stored?.summary as {
      matchedSlots: number;
      proposalCount: number;
      histogram: Array<{ count: number }>;
      warningsByKind: Record<string, number>;
    };
    const [counted] = await rows<{ n: number; warnings: number }>(
      sql`select count(*)::int as n, coalesce(sum(jsonb_array_length(warnings)), 0)::int as warnings from matching_proposals where run_id = ${run.id}`,
    );
    assert.ok((counted?.n ?? 0) > 1500, `only ${counted?.n} proposals`);
    assert.equal(summary.proposalCount, counted?.n);
    assert.equal(summary.matchedSlots, counted?.n);
    assert.equal(summary.histogram.length, 10);
    assert.equal(
      summary.histogram.reduce((sum, bucket) => sum + bucket.count, 0),
      counted?.n,
    );
    assert.equal(
      Object.values(summary.warningsByKind).reduce((sum, n) => sum + n, 0),
      counted?.warnings,
    );
    const [statistics] = await rows<{ tuples: number }>(
      sql`select reltuples::int as tuples from pg_class where relname = 'matching_proposals'`,
    );
    assert.ok((statistics?.tuples ?? 0) >= (counted?.n ?? 0), `the planner believes matching_proposals holds ${statistics?.tuples} rows`);
  });

  test('a cancelled run stops and keeps nothing; a run whose heartbeat stopped is failed before a new one starts', async () => {
    const { run, finished } = await startMatchingRun(ctx, coordinator, org.programId, options);
    const cancelled = await cancelMatchingRun(ctx, coordinator, run.id);
    assert.equal(cancelled.status, 'cancelled');
    await finished;
    assert.deepEqual(await runOf(run.id), { status: 'cancelled', error: 'Cancelled by a coordinator', summary: null });
    const [kept] = await rows<{ n: number }>(sql`select count(*)::int as n from matching_proposals where run_id = ${run.id}`);
    assert.equal(kept?.n, 0);
    await assert.rejects(cancelMatchingRun(ctx, coordinator, run.id), /Only a running matching run can be cancelled/);
    // Who cancelled it is in the audit log, once (the refused second cancel records nothing).
    const audited = await rows<{ actor_id: string }>(
      sql`select actor_id from audit_entries where action = 'matching_run_cancelled' and target_id = ${run.id}`,
    );
    assert.deepEqual(
      audited.map((entry) => entry.actor_id),
      [coordinator.personId],
    );

    // A run left running by a server that stopped a minute ago: the next start fails it first.
    const [dead] = await rows<{ id: string }>(sql`
      insert into matching_runs (organization_id, program_id, status, policy, mode, created_by_id, heartbeat_at)
      values (${org.organizationId}, ${org.programId}, 'running', 'score', 'optimal', ${org.coordinator.id}, now() - interval '1 minute')
      returning id`);
    const next = await startMatchingRun(ctx, coordinator, org.programId, options);
    assert.deepEqual(await runOf(dead?.id ?? ''), { status: 'failed', error: staleRunError, summary: null });
    // A live one (its heartbeat fresh) is not: the program is busy.
    await assert.rejects(startMatchingRun(ctx, coordinator, org.programId, options), /still in progress/);
    await cancelMatchingRun(ctx, coordinator, next.run.id);
    await next.finished;
  });
});
