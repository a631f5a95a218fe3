import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { outboxMessages } from '../../db/schema/index.ts';
import { actorOf } from '../../domain/person.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { erasePerson } from '../privacy/person-erasure.service.ts';
import { queueEmails } from './queue-email.ts';

describe('erasing a person from the outbox', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('emails to them are deleted; their name leaves the others’ emails as a whole word only', async () => {
    const organizationId = (await makeOrganization(t.ctx)).id;
    const admin = await makePerson(t.ctx, organizationId, { role: 'admin' });
    const erased = await makePerson(t.ctx, organizationId, { name: 'Ana O’Neil' });
    const partner = await makePerson(t.ctx, organizationId, { name: 'Bo Banana' });
    const content = (subject: string, paragraph: string) => ({
      subject,
      headline: subject,
      paragraphs: [paragraph],
      action: { label: 'Open', path: '/' },
      reason: 'Test',
    });
    await queueEmails(t.ctx, t.handle.db, [
      {
        organizationId,
        recipient: { personId: erased.id, address: erased.email, name: erased.displayName },
        kind: 'meeting_proposed',
        category: 'meetings',
        idempotencyKey: `erasure:1:${erased.id}`,
        content: content('Bo proposed a meeting', 'To Ana O’Neil.'),
      },
      {
        organizationId,
        recipient: { personId: partner.id, address: partner.email, name: partner.displayName },
        kind: 'meeting_proposed',
        category: 'meetings',
        idempotencyKey: `erasure:2:${partner.id}`,
        content: content('Ana O’Neil proposed a meeting', 'Ana O’Neil suggests Thursday. Bring a banana, Bo Banana.'),
      },
    ]);
    await erasePerson(t.ctx, actorOf(admin), erased.id);

    const rows = await t.handle.db.select().from(outboxMessages).where(eq(outboxMessages.organizationId, organizationId));
    assert.equal(rows.length, 1, 'the email to the erased person is gone');
    const [other] = rows;
    assert.equal(other?.recipientPersonId, partner.id);
    assert.equal(other?.subject, 'A former participant proposed a meeting');
    for (const text of [other?.textBody ?? '', other?.outboxText ?? '', other?.htmlBody ?? '']) {
      assert.doesNotMatch(text, /Ana O/, 'the name is gone from every copy');
      assert.match(text, /A former participant suggests Thursday/);
      assert.match(text, /Bring a banana, Bo Banana/, 'other words are untouched');
    }
  });
});
