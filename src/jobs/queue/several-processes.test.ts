import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/connection.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { createScratchDatabase } from '../../testing/test-database.ts';
import { enqueueJobs } from './index.ts';

const runnerScript = fileURLToPath(new URL('../../testing/job-runner-process.ts', import.meta.url));
const onPostgres = Boolean(process.env.DATABASE_URL);

type RunnerProcess = { child: ChildProcess; exited: Promise<unknown> };

async function startRunnerProcess(env: Record<string, string>): Promise<RunnerProcess> {
  const child = spawn(process.execPath, [runnerScript], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    void exited.then(() => reject(new Error('the runner process exited before it was ready')));
  });
  return { child, exited };
}

async function countRows(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await handle.db.execute(query)) as unknown as { rows: Array<{ n: number | string }> };
  return Number(result.rows[0]?.n);
}

async function waitUntilDone(handle: DatabaseHandle, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countRows(handle, sql`select count(*) as n from jobs where name = 'test_row_insert' and state = 'done'`)) < expected) {
    assert.ok(Date.now() < deadline, 'the jobs were not all done in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Several processes share one database only on PostgreSQL (a PGlite folder has one process).
describe('the job queue across server processes on one PostgreSQL', { timeout: 180_000, skip: !onPostgres && 'needs DATABASE_URL' }, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let handle: DatabaseHandle;
  before(async () => {
    scratch = await createScratchDatabase('memory://');
    handle = await openDatabase({ databaseUrl: scratch.env.DATABASE_URL, dataDir: 'memory://' });
    await handle.migrate();
    await handle.db.execute(sql`create table job_test_runs (job_id uuid not null, pid integer not null)`);
  });
  after(async () => {
    await handle.close();
    await scratch.drop();
  });

  test('two processes run 400 jobs, each exactly once, and stop cleanly', async () => {
    const runners = [await startRunnerProcess(scratch.env), await startRunnerProcess(scratch.env)];
    try {
      // A burst in one transaction, then jobs one by one while both run.
      await handle.db.transaction((trx) =>
        enqueueJobs(
          trx,
          Array.from({ length: 200 }, (_, i) => ({ name: 'test_row_insert', payload: { i } })),
        ),
      );
      for (let i = 200; i < 400; i++) await enqueueJobs(handle.db, [{ name: 'test_row_insert', payload: { i } }]);
      await waitUntilDone(handle, 400, 60_000);
    } finally {
      for (const runner of runners) runner.child.kill('SIGTERM');
      const codes = await Promise.all(runners.map(async (runner) => (await runner.exited) as [number | null]));
      assert.deepEqual(
        codes.map(([code]) => code),
        [0, 0],
      );
    }
    assert.equal(await countRows(handle, sql`select count(*) as n from job_test_runs`), 400);
    assert.equal(await countRows(handle, sql`select count(distinct job_id) as n from job_test_runs`), 400);
    assert.equal(await countRows(handle, sql`select count(distinct pid) as n from job_test_runs`), 2, 'both processes ran jobs');
    assert.equal(await countRows(handle, sql`select count(*) as n from jobs where name = 'test_row_insert' and attempts <> 1`), 0);
  });

  test('a process killed (SIGKILL) mid-job: its jobs run again in the other once their lease passes, each done once', async () => {
    await handle.db.execute(sql`truncate job_test_runs`);
    const slow = {
      ...scratch.env,
      TEST_JOB_WORK_MS: '60000',
      TEST_JOB_TIMEOUT_MS: '1500',
      TEST_LEASE_MARGIN_MS: '500',
      JOB_CONCURRENCY: '3',
    };
    const doomed = await startRunnerProcess(slow);
    const ids = await enqueueJobs(
      handle.db,
      Array.from({ length: 3 }, (_, i) => ({ name: 'test_row_insert', payload: { crash: i } })),
    );
    const deadline = Date.now() + 10_000;
    while ((await countRows(handle, sql`select count(*) as n from job_test_runs`)) < 3) {
      assert.ok(Date.now() < deadline, 'the doomed process did not start the jobs');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    const survivor = await startRunnerProcess({ ...scratch.env, TEST_JOB_TIMEOUT_MS: '1500', TEST_LEASE_MARGIN_MS: '500' });
    try {
      await waitUntilDone(handle, 400 + 3, 30_000);
    } finally {
      survivor.child.kill('SIGTERM');
      await survivor.exited;
    }
    const rows = (await handle.db.execute(
      sql`select job_id, count(*)::int as runs, count(distinct pid)::int as processes from job_test_runs group by job_id`,
    )) as unknown as { rows: Array<{ job_id: string; runs: number; processes: number }> };
    assert.deepEqual(rows.rows.map((row) => row.job_id).sort(), [...ids].sort());
    // Each started in the killed process and ran again, to the end, in the survivor.
    for (const row of rows.rows) assert.deepEqual([row.runs, row.processes], [2, 2]);
    assert.equal(
      await countRows(
        handle,
        sql`select count(*) as n from jobs where id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) and state = 'done' and attempts = 2`,
      ),
      3,
    );
  });
});
