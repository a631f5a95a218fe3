import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { AdminJobPageSchema } from '../../../shared/schemas/jobs.ts';
import { jobs } from '../../db/schema/index.ts';
import { registerJobKind, startJobRunner } from '../../jobs/queue/index.ts';
import { unregisterJobKind } from '../../jobs/queue/registry.ts';
import { enqueueJob } from '../../services/jobs/enqueue-job.ts';
import { call, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { plantDeadJob } from '../../testing/planted-job.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('admin jobs', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  const as = (who: keyof PairSessions['cookies'], method: string, path: string) =>
    call(t.app, method, path, undefined, { cookie: s.cookies[who] });
  const stateOf = async (id: string) => (await t.ctx.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.id, id)))[0]?.state;

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
  });
  after(() => t.handle.close());

  test('an admin pages through the dead jobs of the organization only; each state lists its own', async () => {
    const mine = await Promise.all(Array.from({ length: 7 }, async () => (await plantDeadJob(t, s.organizationId)).jobId));
    const other = await plantDeadJob(
      t,
      (await t.ctx.db.query.organizations.findFirst({ where: (o, { ne }) => ne(o.id, s.organizationId) }))?.id ?? '',
    );
    const system = await enqueueJob(t.ctx.db, { name: 'test_system' });
    assert.ok(system);
    await t.ctx.db.update(jobs).set({ state: 'dead' }).where(eq(jobs.id, system));
    const queued = await enqueueJob(t.ctx.db, { name: 'test_queued', organizationId: s.organizationId });
    assert.ok(queued);

    const seen = await pageThrough(t.app, '/api/v1/admin/jobs?state=dead', s.cookies.admin, AdminJobPageSchema, 3);
    assertEveryRowOnce(seen, mine, 'dead jobs');
    assert.ok(!seen.includes(other.jobId) && !seen.includes(system), 'another organization’s and the system’s jobs are not listed');
    const byDefault = withSchema(await as('admin', 'GET', '/api/v1/admin/jobs'), AdminJobPageSchema);
    assert.equal(byDefault.body.items.length, 7);
    assert.equal(byDefault.body.items[0]?.lastError, 'Error: the planted job failed');
    const queuedPage = withSchema(await as('admin', 'GET', '/api/v1/admin/jobs?state=queued'), AdminJobPageSchema);
    assert.deepEqual(
      queuedPage.body.items.map((job) => job.id),
      [queued],
    );
    const outsider = withSchema(await as('outsider', 'GET', '/api/v1/admin/jobs'), AdminJobPageSchema);
    assert.deepEqual(
      outsider.body.items.map((job) => job.id),
      [other.jobId],
    );
  });

  test('bad input is a 422 naming the field; non-admins are refused', async () => {
    for (const [query, field] of [
      ['?state=done', 'state'],
      ['?limit=501', 'limit'],
      ['?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ] as const) {
      const response = await as('admin', 'GET', `/api/v1/admin/jobs${query}`);
      assert.equal(response.status, 422, query);
      assert.deepEqual(
        fieldIssuesOf(response).map((issue) => issue.field),
        [field],
      );
    }
    assert.equal((await as('admin', 'POST', '/api/v1/admin/jobs/not-a-uuid/retry')).status, 422);
    assert.equal((await as('coordinator', 'GET', '/api/v1/admin/jobs')).status, 403);
    const { jobId } = await plantDeadJob(t, s.organizationId);
    assert.equal((await as('coordinator', 'POST', `/api/v1/admin/jobs/${jobId}/retry`)).status, 403);
    assert.equal(await stateOf(jobId), 'dead');
  });

  test('a retried dead job runs again with fresh attempts; a queued one is 409, another organization’s 404', async () => {
    const ran: string[] = [];
    registerJobKind('test_retried', { handler: async (_ctx, job) => void ran.push(job.id), maxAttempts: 1, timeoutMs: 5_000 });
    const runner = startJobRunner(t.ctx, { concurrency: 1, pollMs: 50, listen: t.handle.listen });
    try {
      const { jobId } = await plantDeadJob(t, s.organizationId, 'test_retried');
      assert.equal((await as('outsider', 'POST', `/api/v1/admin/jobs/${jobId}/retry`)).status, 404);
      assert.equal(await stateOf(jobId), 'dead');
      assert.equal((await as('admin', 'POST', `/api/v1/admin/jobs/${jobId}/retry`)).status, 204);
      const deadline = Date.now() + 5_000;
      while ((await stateOf(jobId)) !== 'done') {
        assert.ok(Date.now() < deadline, 'the retried job did not run');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual(ran, [jobId]);
      const done = await as('admin', 'POST', `/api/v1/admin/jobs/${jobId}/retry`);
      assert.equal(done.status, 409);
      assert.equal(errorOf(done).code, 'job_not_retryable');
      assert.equal((await as('admin', 'POST', '/api/v1/admin/jobs/7d444840-9dc0-41d5-8f5b-6f4b8b2e2a11/retry')).status, 404);
    } finally {
      await runner.stop();
      unregisterJobKind('test_retried');
    }
  });
});
