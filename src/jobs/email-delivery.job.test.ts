import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { jobs, outboxMessages } from '../db/schema/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { emailDeliveryJob } from '../services/email/deliver-outbox.ts';
import { queueEmail } from '../services/email/queue-email.ts';
import { closeMailTransports } from '../services/email/smtp-transport.ts';
import { makeOrganization, makePerson } from '../testing/factories.ts';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { registerEmailDeliveryJob } from './email-delivery.job.ts';
import { startJobRunner } from './queue/index.ts';
import { unregisterRecurringJob } from './queue/recurring.ts';

const publicUrl = 'https://mentoring.example.org';

describe('email delivery job', { timeout: 60_000 }, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ctx: ServiceContext;
  before(async () => {
    t = await openTestApp({ publicUrl });
    sink = await startSmtpSink();
    ctx = { ...t.ctx, email: { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl } };
  });
  after(async () => {
    unregisterRecurringJob(emailDeliveryJob);
    closeMailTransports();
    await sink.close();
    await t.handle.close();
  });

  test('a queued message wakes the runner at commit and is delivered without anyone calling deliverOutbox', async () => {
    const organizationId = (await makeOrganization(t.ctx)).id;
    const person = await makePerson(t.ctx, organizationId);
    // A long poll: only the wake-up of the enqueue can start the delivery within the test's wait.
    registerEmailDeliveryJob(3_600_000);
    const runner = startJobRunner(ctx, { concurrency: 2, pollMs: 60_000, listen: t.handle.listen });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const key = `job-test:${person.id}`;
      await t.handle.db.transaction((trx) =>
        queueEmail(ctx, trx, {
          organizationId,
          recipient: { personId: person.id, address: person.email, name: person.displayName },
          kind: 'meeting_proposed',
          category: 'meetings',
          idempotencyKey: key,
          content: { subject: 'Woken', headline: 'A meeting', paragraphs: [], action: { label: 'Open', path: '/' }, reason: 'Test' },
        }),
      );
      const [mail] = await sink.waitForCount(1, 5_000);
      assert.equal(mail?.subject, 'Woken');
      // The row is marked sent just after the server's answer.
      let status: string | undefined;
      for (let tries = 0; tries < 50 && status !== 'sent'; tries += 1) {
        [{ status } = { status: undefined }] = await t.handle.db
          .select({ status: outboxMessages.status })
          .from(outboxMessages)
          .where(eq(outboxMessages.idempotencyKey, key));
        if (status !== 'sent') await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(status, 'sent');
      assert.ok((await t.handle.db.select().from(jobs).where(eq(jobs.name, emailDeliveryJob))).length >= 1);
    } finally {
      await runner.stop();
    }
  });
});
