import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { PasswordResetAcceptedSchema } from '../../../shared/schemas/index.ts';
import { auditEntries } from '../../db/schema/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { passwordResetAnswerFloorMs } from '../../services/password-reset.service.ts';
import { createPerson } from '../../services/person.service.ts';
import { passwordResetLimits } from '../../services/security/password-reset-throttle.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, errorOf, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { htmlOf, type MailedTestApp, openMailedTestApp, recipientOf } from '../../testing/mailed-test-app.ts';

const newPassword = 'a fresh and long passphrase';

describe('forgot password, through a real SMTP server', () => {
  let t: MailedTestApp;
  let aurora: Organization;
  let borealis: Organization;
  let ipCounter = 0;

  before(async () => {
    t = await openMailedTestApp();
    aurora = await makeOrganization(t.ctx, 'Aurora Labs');
    borealis = await makeOrganization(t.ctx, 'Borealis <Works>');
  });
  after(() => t.close());

  /** Each test from its own address, so the per-IP budget of one never refuses another. */
  const freshIp = () => `203.0.113.${++ipCounter}`;
  const ask = (body: unknown, ip: string) =>
    call(t.app, 'POST', '/api/v1/auth/password-reset', body, { headers: { 'x-forwarded-for': ip } });
  const complete = (body: unknown, ip: string) =>
    call(t.app, 'POST', '/api/v1/auth/password-reset/complete', body, { headers: { 'x-forwarded-for': ip } });
  const signIn = (email: string, password: string, organization?: string) =>
    call(t.app, 'POST', '/api/v1/auth/sign-in', { email, password, ...(organization ? { organization } : {}) });
  const tokenIn = (mail: ParsedMail | undefined) => /\/reset-password\/([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';

  test('the answer is the same, and as slow, whether or not the address has an account; only an account gets mail', async () => {
    const person = await makePerson(t.ctx, aurora.id);
    const ip = freshIp();
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await ask({ email }, ip);
      return { response, ms: performance.now() - started };
    };
    const unknown = await timed('nobody-here@example.test');
    const known = await timed(person.email.toUpperCase());
    for (const { response, ms } of [unknown, known]) {
      assert.equal(response.status, 202);
      assert.ok(PasswordResetAcceptedSchema.safeParse(response.body).success);
      assert.ok(ms >= passwordResetAnswerFloorMs - 5, `answered after ${ms} ms, no sooner than the floor`);
    }
    assert.deepEqual(unknown.response.body, known.response.body, 'the same body');
    assert.ok(Math.abs(unknown.ms - known.ms) < 150, `comparable times: ${unknown.ms} and ${known.ms} ms`);

    const mails = await t.deliverNewMail();
    assert.equal(mails.length, 1, 'one email, to the account only');
    const [mail] = mails;
    assert.ok(mail);
    assert.equal(recipientOf(mail), person.email);
    assert.equal(mail.subject, 'Reset your Aurora Labs password');
    assert.match(mail.text ?? '', /Choose a new password: https:\/\/mentoring\.example\.org\/reset-password\/[\w-]{40,}\n/);
    assert.match(mail.text ?? '', /Link valid until: .+ \(UTC\)/);
    assert.equal(
      mail.headerLines.find((line) => line.key === 'list-unsubscribe'),
      undefined,
      'account email: no unsubscribe',
    );

    // The organization's admins see the message on the Outbox page, never its link.
    const admin = await makePerson(t.ctx, aurora.id, { role: 'admin' });
    const cookie = await signInAs(t.app, admin.email, testPassword);
    const listed = await call(t.app, 'GET', '/api/v1/admin/outbox?limit=500', undefined, { cookie });
    const row = (listed.body as { items: Array<{ id: string; kind: string; recipientAddress: string }> }).items.find(
      (item) => item.kind === 'password_reset' && item.recipientAddress === person.email,
    );
    assert.ok(row, 'the reset email is listed');
    const detail = await call(t.app, 'GET', `/api/v1/admin/outbox/${row.id}`, undefined, { cookie });
    assert.equal(detail.status, 200);
    const token = tokenIn(mail);
    assert.ok(token.length >= 40);
    assert.ok(!JSON.stringify(detail.body).includes(token), 'the admin never reads the reset token');
    assert.match(JSON.stringify(detail.body), /Choose a new password/, 'the copy is there, without the link');
  });

  test('the link sets the password once, ends every session, is audited; the old password and the used link stop working', async () => {
    const person = await makePerson(t.ctx, aurora.id);
    const ip = freshIp();
    const cookie = await signInAs(t.app, person.email, testPassword);
    assert.equal((await ask({ email: person.email }, ip)).status, 202);
    const token = tokenIn((await t.deliverNewMail())[0]);

    const weak = await complete({ token, password: 'password1234' }, ip);
    assert.equal(weak.status, 422);
    assert.equal(fieldIssuesOf(weak)[0]?.field, 'password');

    // Someone guessed at the account until sign-in locked it; the mailbox's proof lifts the lock.
    for (let i = 0; i < 5; i += 1) await signIn(person.email, 'a wrong guess of a password');
    assert.equal((await signIn(person.email, testPassword)).status, 429);
    assert.equal((await complete({ token, password: newPassword }, ip)).status, 204);
    assert.equal((await call(t.app, 'GET', '/api/v1/auth/session', undefined, { cookie })).status, 401, 'the old session ended');
    assert.equal((await signIn(person.email, testPassword)).status, 401, 'the old password fails');
    assert.equal((await signIn(person.email, newPassword)).status, 200, 'the new one signs in');

    const again = await complete({ token, password: `${newPassword} again` }, ip);
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'password_reset_used');

    const audited = await t.handle.db
      .select({ actorId: auditEntries.actorId })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'password_reset_completed'), eq(auditEntries.targetId, person.id)));
    assert.deepEqual(audited, [{ actorId: person.id }]);
  });

  test('an expired link is 409 password_reset_expired, an unknown one 404; a newer link spends the older ones', async () => {
    const person = await makePerson(t.ctx, aurora.id);
    const ip = freshIp();
    await ask({ email: person.email }, ip);
    const expired = tokenIn((await t.deliverNewMail())[0]);
    t.advanceClock(61 * 60_000);
    try {
      const late = await complete({ token: expired, password: newPassword }, ip);
      assert.equal(late.status, 409);
      assert.equal(errorOf(late).code, 'password_reset_expired');
      await ask({ email: person.email }, ip);
      await ask({ email: person.email }, ip);
      const [first, second] = (await t.deliverNewMail()).map(tokenIn);
      assert.ok(first && second && first !== second);
      assert.equal((await complete({ token: second, password: newPassword }, ip)).status, 204);
      assert.equal(errorOf(await complete({ token: first, password: newPassword }, ip)).code, 'password_reset_used');
    } finally {
      t.advanceClock(-61 * 60_000);
    }
    const unknown = await complete({ token: 'x'.repeat(43), password: newPassword }, ip);
    assert.equal(unknown.status, 404);
    assert.equal(errorOf(unknown).code, 'password_reset_not_found');
    const malformed = await complete({ token: 'not a token <>', password: newPassword }, ip);
    assert.equal(malformed.status, 422);
    assert.equal(fieldIssuesOf(malformed)[0]?.field, 'token');
  });

  test('an address held in two organizations: each account its own email and link, which opens that account alone', async () => {
    const email = `shared-${Date.now()}@example.test`;
    const inAurora = await makePersonWithEmail(aurora, email);
    const inBorealis = await makePersonWithEmail(borealis, email);
    const ip = freshIp();
    await ask({ email }, ip);
    const mails = await t.deliverNewMail();
    assert.equal(mails.length, 2);
    const auroraMail = mails.find((mail) => mail.subject === 'Reset your Aurora Labs password');
    const borealisMail = mails.find((mail) => mail.subject === 'Reset your Borealis <Works> password');
    assert.ok(auroraMail && borealisMail, mails.map((mail) => mail.subject).join(' | '));
    assert.doesNotMatch(auroraMail.text ?? '', /Borealis/, 'no word of the other organization');
    assert.doesNotMatch(htmlOf(borealisMail), /<Works>/, 'escaped in HTML');

    assert.equal((await complete({ token: tokenIn(auroraMail), password: newPassword }, ip)).status, 204);
    assert.equal((await signIn(email, newPassword, aurora.slug)).status, 200);
    assert.equal((await signIn(email, newPassword, borealis.slug)).status, 401, 'the other account keeps its password');
    assert.equal((await signIn(email, testPassword, borealis.slug)).status, 200);

    await ask({ email, organizationId: inBorealis.organizationId }, ip);
    const named = await t.deliverNewMail();
    assert.deepEqual(
      named.map((mail) => mail.subject),
      ['Reset your Borealis <Works> password'],
      'naming the organization sends its link alone',
    );
    assert.ok(inAurora.id !== inBorealis.id);
  });

  test('throttled like sign-in: per address across IPs, and per IP across addresses (429 with Retry-After)', async () => {
    const person = await makePerson(t.ctx, aurora.id);
    for (let i = 0; i < passwordResetLimits.requestsPerEmail; i += 1)
      assert.equal((await ask({ email: person.email }, freshIp())).status, 202);
    const refused = await ask({ email: person.email }, freshIp());
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await t.deliverNewMail()).length, passwordResetLimits.requestsPerEmail);

    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: passwordResetLimits.attemptsPerIpAddress }, (_, i) => ask({ email: `stranger-${i}@example.test` }, ip)),
    );
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([202]));
    assert.equal((await ask({ email: 'one-more@example.test' }, ip)).status, 429);
    assert.equal((await signIn(person.email, testPassword)).status, 200, 'sign-in keeps its own budget');
  });

  test('bad input is a 422 naming the field, never a 500', async () => {
    const ip = freshIp();
    for (const [body, field] of [
      [{ email: 'not an address' }, 'email'],
      [{ email: 'a@example.test', organizationId: 'aurora' }, 'organizationId'],
      [{ email: `${'a'.repeat(250)}@example.test` }, 'email'],
    ] as const) {
      const answer = await ask(body, ip);
      assert.equal(answer.status, 422, JSON.stringify(body));
      assert.equal(fieldIssuesOf(answer)[0]?.field, field);
    }
    const long = await complete({ token: 'a'.repeat(201), password: newPassword }, ip);
    assert.equal(long.status, 422);
    assert.equal(fieldIssuesOf(long)[0]?.field, 'token');
  });

  function makePersonWithEmail(organization: Organization, email: string): Promise<Person> {
    return createPerson(t.ctx, organization.id, { email, displayName: 'Sam Shared', organizationRole: 'member', password: testPassword });
  }
});
