import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OutboxMessageDetailSchema, OutboxPageSchema } from '../../../shared/schemas/email.ts';
import type { Person } from '../../domain/person.ts';
import type { ServiceContext } from '../../services/context.ts';
import { type EmailToQueue, queueEmails } from '../../services/email/queue-email.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, errorOf, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import type { OutboxMessage, OutboxPage } from '../../../shared/schemas/email.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const publicUrl = 'https://mentoring.example.org';

describe('the Outbox (org admins)', { timeout: 60_000 }, () => {
  let t: TestApp;
  let admin: Person;
  let member: Person;
  let adminCookie: string;
  let queuedIds: string[];

  const emailTo = (person: Person, n: number, organizationId = person.organizationId): EmailToQueue => ({
    organizationId,
    recipient: { personId: person.id, address: person.email, name: person.displayName },
    kind: 'meeting_proposed',
    category: 'meetings',
    idempotencyKey: `outbox-test:${n}:${person.id}`,
    content: {
      subject: `Meeting ${n}`,
      headline: 'A meeting was proposed',
      paragraphs: [`Paragraph of message ${n}`, { text: `MARKER-private-${n}`, confidential: true }],
      action: { label: 'Open', path: '/' },
      reason: 'Test',
    },
  });

  /** Every message a query lists, in order, read a page at a time. */
  async function pageAll(query: string, limit = 500): Promise<OutboxMessage[]> {
    const items: OutboxMessage[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/admin/outbox?limit=${limit}${query ? `&${query}` : ''}${cursor ? `&cursor=${cursor}` : ''}`;
      const { body }: { body: OutboxPage } = await call(t.app, 'GET', url, undefined, { cookie: adminCookie, schema: OutboxPageSchema });
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  before(async () => {
    t = await openTestApp({ publicUrl });
    const organizationId = (await makeOrganization(t.ctx)).id;
    admin = await makePerson(t.ctx, organizationId, { role: 'admin' });
    member = await makePerson(t.ctx, organizationId, { name: 'Zélie Outbox' });
    const bare: ServiceContext = { ...t.ctx, email: { smtpUrl: undefined, from: 'C <c@example.org>', publicUrl } };
    // 120 messages in one batch: they share a creation time, so paging leans on the id.
    await queueEmails(
      bare,
      t.handle.db,
      Array.from({ length: 120 }, (_, n) => emailTo(n % 3 === 0 ? member : admin, n)),
    );
    const other = await makeOrganization(t.ctx, 'Elsewhere');
    const stranger = await makePerson(t.ctx, other.id);
    await queueEmails(bare, t.handle.db, [emailTo(stranger, 1)]);
    adminCookie = await signInAs(t.app, admin.email, testPassword);
    queuedIds = await pageThrough(t.app, '/api/v1/admin/outbox', adminCookie, OutboxPageSchema, 500);
  });
  after(() => t.handle.close());

  test('every message of the organization once across pages, newest first, none of another organization', async () => {
    const seen = await pageAll('', 7);
    assertEveryRowOnce(
      seen.map((m) => m.id),
      queuedIds,
      'outbox messages',
    );
    assert.equal(seen.length, 120);
    const first = seen[0];
    assert.equal(first?.status, 'not_sent', 'no mail server: kept, marked not sent');
    assert.equal(first?.kind, 'meeting_proposed');
    assert.equal(first?.attempts, 0);
    assert.equal(first?.lastError, null);
  });

  test('filtered by status and searched by recipient name or address', async () => {
    const byName = await pageAll('q=z%C3%A9lie');
    assert.equal(byName.length, 40);
    assert.ok(byName.every((m) => m.recipientPersonId === member.id));
    const byAddress = await pageThrough(
      t.app,
      `/api/v1/admin/outbox?q=${encodeURIComponent(admin.email.toUpperCase())}`,
      adminCookie,
      OutboxPageSchema,
      500,
    );
    assert.equal(byAddress.length, 80);
    assert.equal((await pageAll('status=sent')).length, 0);
    assert.equal((await pageAll('status=not_sent')).length, 120);
  });

  test('a message opens with its text', async () => {
    const id = queuedIds[0] ?? '';
    const { body } = await call(t.app, 'GET', `/api/v1/admin/outbox/${id}`, undefined, {
      cookie: adminCookie,
      schema: OutboxMessageDetailSchema,
    });
    assert.equal(body.id, id);
    assert.match(body.text, /Paragraph of message \d+/);
    assert.doesNotMatch(body.text, /MARKER-private/, 'a confidential paragraph is the recipient’s alone');
    assert.doesNotMatch(body.text, /https?:/, 'no link (they may carry tokens) reaches the Outbox');
    assert.match(body.text, /Open: \(link withheld in the Outbox\)/);
  });

  test('members are refused; another organization’s message is not found; bad input names the field', async () => {
    const memberCookie = await signInAs(t.app, member.email, testPassword);
    assert.equal((await call(t.app, 'GET', '/api/v1/admin/outbox', undefined, { cookie: memberCookie })).status, 403);
    assert.equal((await call(t.app, 'GET', `/api/v1/admin/outbox/${queuedIds[0]}`, undefined, { cookie: memberCookie })).status, 403);
    assert.equal((await call(t.app, 'GET', '/api/v1/admin/outbox')).status, 401);
    const foreign = await call(t.app, 'GET', `/api/v1/admin/outbox/${crypto.randomUUID()}`, undefined, { cookie: adminCookie });
    assert.equal(foreign.status, 404);
    assert.equal(errorOf(foreign).code, 'outbox_message_not_found');
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['limit=501', 'limit'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
      [`q=${'x'.repeat(300)}`, 'q'],
    ]) {
      const answer = await call(t.app, 'GET', `/api/v1/admin/outbox?${query}`, undefined, { cookie: adminCookie });
      assert.equal(answer.status, 422, query);
      assert.deepEqual(
        fieldIssuesOf(answer).map((issue) => issue.field),
        [field],
        query,
      );
    }
    assert.equal((await call(t.app, 'GET', '/api/v1/admin/outbox/not-an-id', undefined, { cookie: adminCookie })).status, 422);
  });
});
