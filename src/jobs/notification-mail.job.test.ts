import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { notifications, outboxMessages } from '../db/schema/index.ts';
import { notify } from '../services/notifications/notify.ts';
import { makeOrganization, makePerson } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { notificationDigestJob, notificationMailJob, registerNotificationMailJobs } from './notification-mail.job.ts';
import { startJobRunner } from './queue/index.ts';
import { unregisterRecurringJob } from './queue/recurring.ts';
import { unregisterJobKind } from './queue/registry.ts';

describe('notification mail job', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp({ publicUrl: 'https://mentoring.example.org' });
  });
  after(() => t.handle.close());

  test('runs on the job queue: a notification written is in the outbox within the interval, once', async () => {
    const organizationId = (await makeOrganization(t.ctx)).id;
    const person = await makePerson(t.ctx, organizationId);
    registerNotificationMailJobs(200);
    const runner = startJobRunner(t.ctx, { concurrency: 2, pollMs: 20 });
    try {
      await notify(t.ctx.db, {
        organizationId,
        personId: person.id,
        kind: 'meeting_proposed',
        category: 'meetings',
        title: 'Ana proposed a meeting',
        link: '/relationships/1',
        eventKey: 'meeting_proposed:job-test',
      });
      const [notification] = await t.ctx.db.select().from(notifications).where(eq(notifications.personId, person.id));
      assert.ok(notification);
      const started = Date.now();
      const key = `notification:${notification.id}`;
      while ((await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.idempotencyKey, key))).length === 0) {
        assert.ok(Date.now() - started < 10_000, 'no email queued within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 600)); // a few more passes: nothing queued twice
      const queued = await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.recipientPersonId, person.id));
      assert.equal(queued.length, 1);
      assert.equal(queued[0]?.subject, 'Ana proposed a meeting');
    } finally {
      for (const name of [notificationMailJob, notificationDigestJob]) {
        unregisterRecurringJob(name);
        unregisterJobKind(name);
      }
      await runner.stop();
    }
  });
});
