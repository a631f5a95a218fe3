import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findMentorRequestById } from '../db/repositories/mentor-request.repository.ts';
import { actorOf } from '../domain/person.ts';
import { sendMentorRequest } from '../services/requests/send-mentor-request.service.ts';
import { makeOrganization, makePerson, makeProgram } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { eq } from 'drizzle-orm';
import { jobs } from '../db/schema/index.ts';
import { startJobRunner } from './queue/index.ts';
import { unregisterRecurringJob } from './queue/recurring.ts';
import { registerRequestExpiryJob, requestExpiryJob } from './request-expiry.job.ts';

describe('request expiry job', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('runs on the job queue, a pass per slot with the clock of the context, and stops cleanly', async () => {
    const orgId = (await makeOrganization(t.ctx)).id;
    const [mentee, mentor] = [await makePerson(t.ctx, orgId), await makePerson(t.ctx, orgId)];
    await makeProgram(
      t.ctx,
      await makePerson(t.ctx, orgId, { role: 'coordinator' }),
      [
        [mentee, 'mentee'],
        [mentor, 'mentor'],
      ],
      'self_directed',
    );
    const request = await sendMentorRequest(t.ctx, actorOf(mentee), {
      mentorId: mentor.id,
      kind: 'conversation',
      message: 'One talk about moving into product management?',
      need: { text: 'Deciding whether to move into product', functions: [] },
      planNeedIds: [],
      frequency: 'Once',
      investment: 'I will come with three questions.',
    });
    const later = { ...t.ctx, now: () => new Date(Date.now() + 15 * 24 * 60 * 60 * 1000) };
    registerRequestExpiryJob(200);
    const runner = startJobRunner(later, { concurrency: 2, pollMs: 20 });
    try {
      const deadline = Date.now() + 10_000;
      while ((await findMentorRequestById(t.ctx.db, orgId, request.id))?.status !== 'expired') {
        assert.ok(Date.now() < deadline, 'the request did not expire');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      unregisterRecurringJob(requestExpiryJob);
      await runner.stop();
    }
    const passes = await t.ctx.db.select({ state: jobs.state, runAt: jobs.runAt }).from(jobs).where(eq(jobs.name, requestExpiryJob));
    assert.ok(passes.length >= 2, `${passes.length} passes`);
    for (const pass of passes) {
      assert.equal(pass.state, 'done');
      assert.equal(pass.runAt.getTime() % 200, 0); // one per slot, on the context's clock
    }
  });
});
