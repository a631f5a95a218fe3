import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { UnsubscribeViewSchema } from '../../../shared/schemas/email.ts';
import type { Person } from '../../domain/person.ts';
import type { ServiceContext } from '../../services/context.ts';
import { deliverOutbox } from '../../services/email/deliver-outbox.ts';
import { type EmailToQueue, queueEmail } from '../../services/email/queue-email.ts';
import { closeMailTransports } from '../../services/email/smtp-transport.ts';
import { signUnsubscribeToken } from '../../services/email/unsubscribe-token.ts';
import { isUnsubscribed } from '../../services/email/unsubscribes.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, errorOf, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const publicUrl = 'https://mentoring.example.org';

describe('unsubscribe links', { timeout: 60_000 }, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ctx: ServiceContext;
  let person: Person;
  let organizationId: string;
  let sequence = 0;

  const email = (category: EmailToQueue['category']): EmailToQueue => {
    sequence += 1;
    return {
      organizationId,
      recipient: { personId: person.id, address: person.email, name: person.displayName },
      kind: category === 'meetings' ? 'meeting_proposed' : 'mentor_request_received',
      category,
      idempotencyKey: `unsubscribe-test:${sequence}:${person.id}`,
      content: { subject: 'News', headline: 'Something happened', paragraphs: [], action: { label: 'Open', path: '/' }, reason: 'Test' },
    };
  };

  before(async () => {
    t = await openTestApp({ publicUrl });
    sink = await startSmtpSink();
    ctx = { ...t.ctx, email: { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl } };
    organizationId = (await makeOrganization(t.ctx)).id;
    person = await makePerson(t.ctx, organizationId);
  });
  after(async () => {
    closeMailTransports();
    await sink.close();
    await t.handle.close();
  });

  test('the one-click link of an email works without signing in and turns off only that category', async () => {
    await queueEmail(ctx, t.handle.db, email('meetings'));
    await deliverOutbox(ctx);
    const [mail] = await sink.waitForCount(1);
    const header = mail?.headerLines.find((line) => line.key === 'list-unsubscribe')?.line.replace(/\r\n[ \t]+/g, ' ') ?? '';
    const oneClick = /<(https:\/\/mentoring\.example\.org(\/api\/v1\/unsubscribe\/[^>]+))>/.exec(header);
    assert.ok(oneClick?.[2], header);
    const page = /Unsubscribe from these emails: https:\/\/mentoring\.example\.org\/unsubscribe\/(\S+)/.exec(mail?.text ?? '');
    assert.equal(`/api/v1/unsubscribe/${page?.[1]}`, oneClick[2], 'the footer page and the header name one token');

    const before = await call(t.app, 'GET', oneClick[2], undefined, { schema: UnsubscribeViewSchema });
    assert.deepEqual(before.body, {
      category: 'meetings',
      categoryLabel: 'meetings',
      recipientName: person.displayName,
      unsubscribed: false,
    });
    assert.equal(await isUnsubscribed(t.handle.db, organizationId, person.id, 'meetings'), false, 'reading the link changes nothing');

    // As a mail provider posts it (RFC 8058): a form body, no cookie, no Origin of ours.
    const posted = await call(t.app, 'POST', oneClick[2], undefined, {
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' },
    });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    assert.equal((await call(t.app, 'POST', oneClick[2])).status, 200, 'again: no change, no error');
    assert.equal(await isUnsubscribed(t.handle.db, organizationId, person.id, 'meetings'), true);
    for (const other of ['requests', 'activity', 'nudges', 'announcements'] as const) {
      assert.equal(await isUnsubscribed(t.handle.db, organizationId, person.id, other), false, other);
    }
    assert.equal(await queueEmail(ctx, t.handle.db, email('meetings')), 'unsubscribed');
    assert.equal(await queueEmail(ctx, t.handle.db, email('requests')), 'queued');
    assert.equal(await queueEmail(ctx, t.handle.db, email('account')), 'queued', 'account email is never turned off');
  });

  test('a signed-in person posting from the app itself is served too', async () => {
    const token = signUnsubscribeToken(t.ctx.secret, { organizationId, personId: person.id, category: 'nudges' });
    const cookie = await signInAs(t.app, person.email, testPassword);
    const posted = await call(t.app, 'POST', `/api/v1/unsubscribe/${token}`, undefined, { cookie, headers: { origin: publicUrl } });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    assert.equal(await isUnsubscribed(t.handle.db, organizationId, person.id, 'nudges'), true);
  });

  test('a forged, altered or foreign link is not found; a malformed one is a 422 naming the token', async () => {
    const token = signUnsubscribeToken(t.ctx.secret, { organizationId, personId: person.id, category: 'activity' });
    const forged = signUnsubscribeToken('another-secret-of-at-least-32-characters', {
      organizationId,
      personId: person.id,
      category: 'activity',
    });
    const stranger = signUnsubscribeToken(t.ctx.secret, { organizationId, personId: crypto.randomUUID(), category: 'activity' });
    for (const bad of [forged, `${token.slice(0, -3)}AAA`, stranger]) {
      for (const method of ['GET', 'POST']) {
        const answer = await call(t.app, method, `/api/v1/unsubscribe/${bad}`);
        assert.equal(answer.status, 404, `${method} ${bad}`);
        assert.equal(errorOf(answer).code, 'unsubscribe_link_not_found');
      }
    }
    assert.equal(await isUnsubscribed(t.handle.db, organizationId, person.id, 'activity'), false);
    const malformed = await call(t.app, 'GET', `/api/v1/unsubscribe/${'x'.repeat(401)}`);
    assert.equal(malformed.status, 422);
    assert.deepEqual(
      fieldIssuesOf(malformed).map((issue) => issue.field),
      ['unsubscribeToken'],
    );
  });
});
