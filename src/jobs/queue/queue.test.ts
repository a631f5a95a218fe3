import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { claimDueJobs } from '../../db/repositories/job.repository.ts';
import { jobs } from '../../db/schema/index.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { enqueueJob, registerJobKind, registerRecurringJob, startJobRunner } from './index.ts';
import { unregisterRecurringJob } from './recurring.ts';
import { unregisterJobKind } from './registry.ts';

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function jobOf(t: TestApp, id: string) {
  const [row] = await t.ctx.db.select().from(jobs).where(eq(jobs.id, id));
  assert.ok(row);
  return row;
}

describe('job queue', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('a job enqueued in a rolled-back transaction does not exist and runs nothing; a committed one runs at once on the wake-up', async () => {
    const ran: unknown[] = [];
    registerJobKind('test_wake', { handler: async (_ctx, job) => void ran.push(job.payload), maxAttempts: 1, timeoutMs: 5_000 });
    // A poll of a minute: only the wake-up (LISTEN/NOTIFY at commit) can start the job within the wait.
    const runner = startJobRunner(t.ctx, { concurrency: 2, pollMs: 60_000, listen: t.handle.listen });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the first tick and the LISTEN are in place
      await assert.rejects(
        t.ctx.db.transaction(async (trx) => {
          await enqueueJob(trx, { name: 'test_wake', payload: { n: 'rolled back' }, uniqueKey: 'test_wake:rolled-back' });
          throw new Error('roll back');
        }),
      );
      const started = Date.now();
      await t.ctx.db.transaction(async (trx) => {
        await enqueueJob(trx, { name: 'test_wake', payload: { n: 'committed' } });
      });
      await waitFor(async () => ran.length > 0, 5_000);
      assert.ok(Date.now() - started < 1_000, `ran after ${Date.now() - started} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(ran, [{ n: 'committed' }]);
      const [row] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(eq(jobs.uniqueKey, 'test_wake:rolled-back'));
      assert.equal(row?.n, 0);
    } finally {
      await runner.stop();
      unregisterJobKind('test_wake');
    }
  });

  test('a uniqueKey enqueues once', async () => {
    const first = await enqueueJob(t.ctx.db, { name: 'test_unique', uniqueKey: 'test_unique:1' });
    const second = await enqueueJob(t.ctx.db, { name: 'test_unique', uniqueKey: 'test_unique:1' });
    assert.ok(first);
    assert.equal(second, null);
  });

  test('a failing job is retried with growing delays, then dead with its last error', async () => {
    const attempts: number[] = [];
    registerJobKind('test_failing', {
      handler: async (_ctx, job) => {
        attempts.push(Date.now());
        throw new Error(`failure ${job.attempt}`);
      },
      maxAttempts: 4,
      timeoutMs: 5_000,
      backoffMs: 100,
    });
    const runner = startJobRunner(t.ctx, { concurrency: 2, pollMs: 20 });
    try {
      const id = await enqueueJob(t.ctx.db, { name: 'test_failing' });
      assert.ok(id);
      await waitFor(async () => (await jobOf(t, id)).state === 'dead');
      const row = await jobOf(t, id);
      assert.equal(row.attempts, 4);
      assert.equal(row.lastError, 'Error: failure 4');
      assert.equal(attempts.length, 4);
      const gaps = attempts.slice(1).map((at, i) => at - (attempts[i] ?? 0));
      // 100, 200, 400 ms (+ up to 10% jitter, + a poll): each gap at least its delay and longer than the one before.
      for (const [i, gap] of gaps.entries()) assert.ok(gap >= 100 * 2 ** i, `gap ${i} was ${gap} ms`);
      assert.ok((gaps[2] ?? 0) > (gaps[0] ?? 0));
    } finally {
      await runner.stop();
      unregisterJobKind('test_failing');
    }
  });

  test('an attempt past its timeout fails and is retried', async () => {
    let calls = 0;
    registerJobKind('test_slow', {
      handler: async (_ctx, job) => {
        calls++;
        if (job.attempt === 1) await new Promise((resolve) => setTimeout(resolve, 500));
      },
      maxAttempts: 2,
      timeoutMs: 100,
      backoffMs: 10,
    });
    const runner = startJobRunner(t.ctx, { concurrency: 1, pollMs: 20 });
    try {
      const id = await enqueueJob(t.ctx.db, { name: 'test_slow' });
      assert.ok(id);
      await waitFor(async () => (await jobOf(t, id)).state === 'done');
      const row = await jobOf(t, id);
      assert.equal(row.attempts, 2);
      assert.equal(row.lastError, 'Error: timed out after 100 ms');
      assert.equal(calls, 2);
    } finally {
      await runner.stop();
      unregisterJobKind('test_slow');
    }
  });

  test('a job whose worker died runs again once its lease has passed; past its attempts it is dead', async () => {
    const ran: number[] = [];
    registerJobKind('test_orphan', { handler: async (_ctx, job) => void ran.push(job.attempt), maxAttempts: 2, timeoutMs: 100 });
    const kept = await enqueueJob(t.ctx.db, { name: 'test_orphan', payload: { n: 1 } });
    const exhausted = await enqueueJob(t.ctx.db, { name: 'test_orphan', payload: { n: 2 } });
    assert.ok(kept && exhausted);
    // A worker that claims both and dies (never finishes): its lease is 50 ms.
    const claimed = await claimDueJobs(t.ctx.db, { names: ['test_orphan'], count: 2, worker: 'died', now: t.ctx.now(), leaseMs: () => 50 });
    assert.equal(claimed.length, 2);
    await t.ctx.db.update(jobs).set({ attempts: 2 }).where(eq(jobs.id, exhausted));
    const runner = startJobRunner(t.ctx, { concurrency: 2, pollMs: 20, leaseMarginMs: 50 });
    try {
      await waitFor(async () => (await jobOf(t, kept)).state === 'done' && (await jobOf(t, exhausted)).state === 'dead');
      assert.deepEqual(ran, [2]);
      assert.equal((await jobOf(t, exhausted)).lastError, 'lease expired: the worker stopped or took too long');
    } finally {
      await runner.stop();
      unregisterJobKind('test_orphan');
    }
  });

  test('a recurring job is enqueued and run once per occurrence across two runners', async () => {
    const ran: string[] = [];
    registerJobKind('test_recurring', { handler: async (_ctx, job) => void ran.push(job.id), maxAttempts: 1, timeoutMs: 5_000 });
    registerRecurringJob('test_recurring', { everyMs: 200 });
    const runners = [startJobRunner(t.ctx, { concurrency: 2, pollMs: 10 }), startJobRunner(t.ctx, { concurrency: 2, pollMs: 10 })];
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_300));
    } finally {
      unregisterRecurringJob('test_recurring');
      await Promise.all(runners.map((runner) => runner.stop()));
      unregisterJobKind('test_recurring');
    }
    const rows = await t.ctx.db
      .select({ id: jobs.id, key: jobs.uniqueKey, runAt: jobs.runAt })
      .from(jobs)
      .where(eq(jobs.name, 'test_recurring'));
    assert.ok(rows.length >= 6 && rows.length <= 8, `${rows.length} occurrences`);
    for (const row of rows) assert.equal(row.runAt.getTime() % 200, 0);
    assert.equal(new Set(ran).size, ran.length, 'no occurrence ran twice');
    assert.ok(ran.length >= rows.length - 1, `${ran.length} runs of ${rows.length} occurrences`);
  });

  test('a job running when its runner stops is given back uncounted and runs in the next runner', async () => {
    const attempts: number[] = [];
    registerJobKind('test_interrupted', {
      handler: async (_ctx, job) => {
        attempts.push(job.attempt);
        if (attempts.length === 1) {
          await new Promise((_, reject) => job.signal.addEventListener('abort', () => reject(new Error('aborted'))));
        }
      },
      maxAttempts: 1,
      timeoutMs: 10_000,
    });
    try {
      const first = startJobRunner(t.ctx, { concurrency: 1, pollMs: 20 });
      const id = await enqueueJob(t.ctx.db, { name: 'test_interrupted' });
      assert.ok(id);
      await waitFor(async () => attempts.length === 1);
      await first.stop();
      const given = await jobOf(t, id);
      assert.deepEqual([given.state, given.attempts], ['queued', 0]);
      const second = startJobRunner(t.ctx, { concurrency: 1, pollMs: 20 });
      await waitFor(async () => (await jobOf(t, id)).state === 'done');
      await second.stop();
      assert.deepEqual(attempts, [1, 1]);
    } finally {
      unregisterJobKind('test_interrupted');
    }
  });
});
