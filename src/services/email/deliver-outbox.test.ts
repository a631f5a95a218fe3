import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Person } from '../../domain/person.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { ServiceContext } from '../context.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import { type EmailToQueue, queueEmail } from './queue-email.ts';
import { closeMailTransports } from './smtp-transport.ts';
import { insertEmailUnsubscribe } from '../../db/repositories/email-unsubscribe.repository.ts';

const publicUrl = 'https://mentoring.example.org';
const hostileName = 'Eve <script>alert(1)</script>\r\nBcc: all@example.org';
const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Constellation//Test//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:meeting-1@mentoring.example.org',
  'SEQUENCE:0',
  'DTSTAMP:20261208T090000Z',
  'DTSTART:20261210T090000Z',
  'DTEND:20261210T100000Z',
  'SUMMARY:Mentoring meeting',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('queueEmail and deliverOutbox, through a real SMTP server', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ctx: ServiceContext;
  let organizationId: string;
  let person: Person;
  let counter = 0;
  const refusing = new Set<string>();

  function email(overrides: Partial<EmailToQueue> = {}): EmailToQueue {
    counter += 1;
    return {
      organizationId,
      recipient: { personId: person.id, address: person.email, name: hostileName },
      kind: 'meeting_proposed',
      category: 'meetings',
      idempotencyKey: `meeting_proposed:${counter}:${person.id}`,
      content: {
        subject: `Meeting proposed by ${hostileName}`,
        headline: `${hostileName} proposed a meeting`,
        paragraphs: ['Agenda:\n<b>goals</b>'],
        facts: [{ label: 'When', value: 'Thursday 10 December, 09:00' }],
        action: { label: 'Open the meeting', path: '/relationships/1' },
        reason: 'You are in a mentoring relationship in Spring.',
      },
      ...overrides,
    };
  }

  async function statusOf(key: string) {
    const [row] = await t.handle.db.select().from(outboxMessages).where(eq(outboxMessages.idempotencyKey, key));
    return row;
  }

  before(async () => {
    t = await openTestApp({ publicUrl });
    sink = await startSmtpSink({ auth: { user: 'mailer', pass: 'p@ss word' }, refuse: (recipient) => refusing.has(recipient) });
    ctx = { ...t.ctx, email: { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl } };
    organizationId = (await makeOrganization(t.ctx)).id;
    person = await makePerson(t.ctx, organizationId);
  });
  beforeEach(() => sink.messages.splice(0));
  after(async () => {
    closeMailTransports();
    await sink.close();
    await t.handle.close();
  });

  test('a queued message arrives once: text and HTML parts, headers, escaped names, the iCalendar invitation', async () => {
    const queued = email({ calendar: { method: 'REQUEST', content: calendar } });
    assert.equal(await t.handle.db.transaction((trx) => queueEmail(ctx, trx, queued)), 'queued');
    assert.equal(await queueEmail(ctx, t.handle.db, queued), 'duplicate', 'the same key queues nothing more');

    const report = await deliverOutbox(ctx, { limit: 10 });
    assert.deepEqual(report, { claimed: 1, sent: 1, failed: 0, dead: 0, notSent: 0 });
    const [mail] = await sink.waitForCount(1);
    assert.ok(mail);
    assert.equal((await deliverOutbox(ctx)).claimed, 0, 'a sent message is not sent again');
    assert.equal(sink.messages.length, 1);

    const row = await statusOf(queued.idempotencyKey);
    assert.equal(row?.status, 'sent');
    assert.equal(mail.messageId, row?.messageId, 'the stable Message-ID derived from the key');
    assert.equal(mail.subject, 'Meeting proposed by Eve <script>alert(1)</script> Bcc: all@example.org');
    assert.equal(mail.headers.get('bcc'), undefined, 'a CR/LF in a name plants no header');
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined, person.email);
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.value.length : 0, 1);
    assert.match(mail.text ?? '', /Hello Eve <script>alert\(1\)<\/script> Bcc: all@example.org,/);
    assert.match(mail.text ?? '', /Open the meeting: https:\/\/mentoring\.example\.org\/relationships\/1/);
    const html = typeof mail.html === 'string' ? mail.html : '';
    assert.doesNotMatch(html, /<script|<b>/);
    assert.match(html, /Eve &#60;script&#62;/);

    const headerLine = (key: string) => mail.headerLines.find((line) => line.key === key)?.line.replace(/\r\n[ \t]+/g, ' ');
    assert.match(
      headerLine('list-unsubscribe') ?? '',
      /^List-Unsubscribe: <https:\/\/mentoring\.example\.org\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>$/,
    );
    assert.equal(headerLine('list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    assert.match(mail.text ?? '', /Unsubscribe from these emails: https:\/\/mentoring\.example\.org\/unsubscribe\//);

    const invitation =
      mail.attachments.find((a) => a.contentType === 'text/calendar') ?? mail.attachments.find((a) => a.filename === 'invitation.ics');
    const calendarText = invitation ? invitation.content.toString('utf8') : '';
    assert.match(calendarText, /METHOD:REQUEST/, 'the invitation travels as text/calendar');
    assert.match(calendarText, /UID:meeting-1@mentoring.example.org/);
  });

  test('account email has no unsubscribe link nor List-Unsubscribe header', async () => {
    const queued = email({ category: 'account', kind: 'invitation' });
    await queueEmail(ctx, t.handle.db, queued);
    await deliverOutbox(ctx);
    const [mail] = await sink.waitForCount(1);
    assert.equal(
      mail?.headerLines.find((line) => line.key === 'list-unsubscribe'),
      undefined,
    );
    assert.doesNotMatch(mail?.text ?? '', /Unsubscribe/);
  });

  test('a rolled-back transaction sends nothing', async () => {
    const queued = email();
    await assert.rejects(
      t.handle.db.transaction(async (trx) => {
        await queueEmail(ctx, trx, queued);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.equal(await statusOf(queued.idempotencyKey), undefined);
    assert.equal((await deliverOutbox(ctx)).claimed, 0);
    assert.equal(sink.messages.length, 0);
  });

  test('a person who unsubscribed from the category gets nothing of it; other categories still go', async () => {
    const other = await makePerson(t.ctx, organizationId);
    await insertEmailUnsubscribe(t.handle.db, organizationId, other.id, 'meetings');
    const recipient = { personId: other.id, address: other.email, name: other.displayName };
    assert.equal(await queueEmail(ctx, t.handle.db, email({ recipient })), 'unsubscribed');
    assert.equal(await queueEmail(ctx, t.handle.db, email({ recipient, category: 'requests', kind: 'mentor_request_received' })), 'queued');
    assert.equal((await deliverOutbox(ctx)).sent, 1);
  });

  test('with no mail server configured, messages are kept as not sent', async () => {
    const bare: ServiceContext = { ...t.ctx, email: { smtpUrl: undefined, from: 'C <c@example.org>', publicUrl } };
    const queued = email();
    assert.equal(await queueEmail(bare, t.handle.db, queued), 'queued');
    assert.equal((await statusOf(queued.idempotencyKey))?.status, 'not_sent');
    assert.equal((await deliverOutbox(bare)).claimed, 0, 'kept, never claimed');
    assert.equal(sink.messages.length, 0);
  });

  test('an SMTP failure is retried with backoff, then the message is dead after five attempts', async () => {
    const failing = await makePerson(t.ctx, organizationId);
    refusing.add(failing.email);
    const queued = email({ recipient: { personId: failing.id, address: failing.email, name: failing.displayName } });
    await queueEmail(ctx, t.handle.db, queued);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const report = await deliverOutbox(ctx);
      assert.equal(report.claimed, 1, `attempt ${attempt} is made`);
      const row = await statusOf(queued.idempotencyKey);
      assert.equal(row?.attempts, attempt);
      assert.match(row?.lastError ?? '', /451|Try again later/);
      assert.equal(row?.status, attempt < 5 ? 'failed' : 'dead');
      assert.equal((await deliverOutbox(ctx)).claimed, 0, 'not tried again before its backoff');
      t.advanceClock(61 * 60_000);
    }
    assert.equal((await deliverOutbox(ctx)).claimed, 0, 'a dead message is not tried again');
    assert.equal(sink.refusedCount() >= 5, true);
    refusing.delete(failing.email);
    assert.equal(sink.messages.length, 0);
  });

  test('a pass past half its lease gives back what it has not started, and nothing is sent twice', async () => {
    const queued = [email(), email(), email()];
    for (const message of queued) await queueEmail(ctx, t.handle.db, message);
    // A lease of 1 ms is half gone before the first send: everything claimed is given back.
    const short = await deliverOutbox(ctx, { leaseMs: 1, concurrency: 1 });
    assert.equal(short.claimed, 3);
    for (const message of queued) {
      const row = await statusOf(message.idempotencyKey);
      assert.equal(row?.status === 'pending' || row?.status === 'sent', true, row?.status);
      if (row?.status === 'pending') assert.equal(row.attempts, 0, 'a message given back has not used an attempt');
    }
    await deliverOutbox(ctx);
    await sink.waitForCount(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(sink.messages.length, 3, 'each once');
    for (const message of queued) assert.equal((await statusOf(message.idempotencyKey))?.status, 'sent');
  });
});
