import { CreatedInvitationSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, sessionCookieFrom, signInAs, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Person } from '../../domain/person.ts';
import { sessionLifetime } from '../../services/auth.service.ts';

const DAY_MS = 86_400_000;

describe('session lifecycle: cookie flags, expiry, rotation, revocation, password change', () => {
  let t: TestApp;
  let orgId: string;

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
  });
  after(() => t.handle.close());

  const sessionStatus = async (cookie: string) => {
    const res = await call(t.app, 'GET', '/api/v1/auth/session', undefined, { cookie });
    return res.status === 200 ? 'valid' : `${res.status} ${errorOf(res).code}`;
  };

  /** Runs `work` with the app's clock moved, and always moves it back. */
  const withClock = async (work: (advance: (ms: number) => void) => Promise<void>) => {
    let moved = 0;
    try {
      await work((ms) => {
        moved += ms;
        t.advanceClock(ms);
      });
    } finally {
      t.advanceClock(-moved);
    }
  };

  test('the cookie is HttpOnly, SameSite=Lax, Path=/, lives for the absolute life, and is Secure only over HTTPS', async () => {
    const person = await makePerson(t.ctx, orgId);
    const plain = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: person.email, password: testPassword });
    const flags = (plain.headers.get('set-cookie') ?? '').split(';').map((part) => part.trim());
    assert.ok(flags.includes('HttpOnly'), flags.join('; '));
    assert.ok(flags.includes('SameSite=Lax'));
    assert.ok(flags.includes('Path=/'));
    assert.ok(flags.includes(`Max-Age=${sessionLifetime.absoluteDays * 86_400}`));
    assert.ok(!flags.includes('Secure'), 'no Secure flag on plain HTTP (the browser would drop the cookie)');
    const overHttps = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: person.email, password: testPassword },
      {
        headers: { 'x-forwarded-proto': 'https' },
      },
    );
    assert.ok(
      (overHttps.headers.get('set-cookie') ?? '')
        .split(';')
        .map((part) => part.trim())
        .includes('Secure'),
    );
  });

  test('signing in rotates the session: a session id from before sign-in is not valid after it', async () => {
    const person = await makePerson(t.ctx, orgId);
    const before = await signInAs(t.app, person.email, testPassword);
    const res = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: person.email, password: testPassword }, { cookie: before });
    const after = sessionCookieFrom(res);
    assert.notEqual(after, before);
    assert.equal(await sessionStatus(before), '401 session_invalid');
    assert.equal(await sessionStatus(after), 'valid');
  });

  test('accepting an invitation in a browser that holds a session ends that session', async () => {
    const admin = await makePerson(t.ctx, orgId, { role: 'admin' });
    const adminCookie = await signInAs(t.app, admin.email, testPassword);
    const created = await call(
      t.app,
      'POST',
      '/api/v1/invitations',
      { email: 'shared.laptop@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    const token = String(created.body.link).split('/').pop();
    const accepted = await call(
      t.app,
      'POST',
      `/api/v1/invitations/by-token/${token}/accept`,
      { displayName: 'Newcomer', password: 'a brand new passphrase' },
      { cookie: adminCookie },
    );
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(await sessionStatus(adminCookie), '401 session_invalid', "the admin's session left in the browser has ended");
    assert.equal(await sessionStatus(sessionCookieFrom(accepted)), 'valid');
  });

  test('idle expiry: a session unused for the idle time ends; one in use slides forward', async () => {
    const person = await makePerson(t.ctx, orgId);
    const idle = await signInAs(t.app, person.email, testPassword);
    const busy = await signInAs(t.app, person.email, testPassword);
    await withClock(async (advance) => {
      advance(8 * DAY_MS);
      assert.equal(await sessionStatus(busy), 'valid'); // past half its life: extended to day 22
      advance(7 * DAY_MS);
      assert.equal(await sessionStatus(idle), '401 session_expired');
      assert.equal(await sessionStatus(busy), 'valid');
    });
  });

  test('absolute expiry: a session used every day still ends after its absolute life', async () => {
    const person = await makePerson(t.ctx, orgId);
    const cookie = await signInAs(t.app, person.email, testPassword);
    await withClock(async (advance) => {
      for (let day = 6; day < sessionLifetime.absoluteDays; day += 6) {
        advance(6 * DAY_MS);
        assert.equal(await sessionStatus(cookie), 'valid', `day ${day}`);
      }
      advance((sessionLifetime.absoluteDays + 1) * DAY_MS - 24 * DAY_MS);
      assert.equal(await sessionStatus(cookie), '401 session_expired');
    });
  });

  test('sign-out revokes the session on the server, not only in the browser', async () => {
    const person = await makePerson(t.ctx, orgId);
    const cookie = await signInAs(t.app, person.email, testPassword);
    const other = await signInAs(t.app, person.email, testPassword);
    const res = await call(t.app, 'POST', '/api/v1/auth/sign-out', undefined, { cookie });
    assert.equal(res.status, 204);
    assert.match(res.headers.get('set-cookie') ?? '', /constellation_session=;.*Max-Age=0/);
    assert.equal(await sessionStatus(cookie), '401 session_invalid');
    assert.equal(await sessionStatus(other), 'valid', 'signing out ends only this session');
  });

  describe('password change', () => {
    let person: Person;
    const newPassword = 'a quieter evening walk by the river';

    before(async () => {
      person = await makePerson(t.ctx, orgId);
    });

    test('ends every other session of the person and keeps the one that made the change', async () => {
      const here = await signInAs(t.app, person.email, testPassword);
      const laptop = await signInAs(t.app, person.email, testPassword);
      const phone = await signInAs(t.app, person.email, testPassword);
      const bystander = await makePerson(t.ctx, orgId);
      const theirs = await signInAs(t.app, bystander.email, testPassword);
      const res = await call(t.app, 'POST', '/api/v1/auth/password', { currentPassword: testPassword, newPassword }, { cookie: here });
      assert.equal(res.status, 204, JSON.stringify(res.body));
      assert.equal(await sessionStatus(here), 'valid');
      assert.equal(await sessionStatus(laptop), '401 session_invalid');
      assert.equal(await sessionStatus(phone), '401 session_invalid');
      assert.equal(await sessionStatus(theirs), 'valid', "another person's sessions are untouched");
      const oldPassword = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: person.email, password: testPassword });
      assert.equal(oldPassword.status, 401);
      assert.equal(await sessionStatus(await signInAs(t.app, person.email, newPassword)), 'valid');
    });

    test('refuses a wrong current password, a weak or short new one, and no session, naming the field', async () => {
      const cookie = await signInAs(t.app, person.email, newPassword);
      const cases: Array<[string, unknown, string | undefined, number, string]> = [
        [
          'wrong current password',
          { currentPassword: 'not my password at all', newPassword: 'another fine long phrase' },
          cookie,
          422,
          'currentPassword',
        ],
        ['common new password', { currentPassword: newPassword, newPassword: 'password1234' }, cookie, 422, 'newPassword'],
        ['keyboard walk', { currentPassword: newPassword, newPassword: 'qwertyuiop123' }, cookie, 422, 'newPassword'],
        ['too short', { currentPassword: newPassword, newPassword: 'short one' }, cookie, 422, 'newPassword'],
        ['too long', { currentPassword: newPassword, newPassword: 'x'.repeat(201) }, cookie, 422, 'newPassword'],
        ['same as before', { currentPassword: newPassword, newPassword }, cookie, 422, 'newPassword'],
        ['missing field', { currentPassword: newPassword }, cookie, 422, 'newPassword'],
      ];
      for (const [what, body, sentCookie, status, field] of cases) {
        const res = await call(t.app, 'POST', '/api/v1/auth/password', body, { cookie: sentCookie });
        assert.equal(res.status, status, what);
        const fields = (fieldIssuesOf(res) as Array<{ field: string }>).map((issue) => issue.field);
        assert.deepEqual(fields, [field], what);
      }
      const anonymous = await call(t.app, 'POST', '/api/v1/auth/password', {
        currentPassword: newPassword,
        newPassword: 'another fine long phrase',
      });
      assert.equal(anonymous.status, 401);
      assert.equal(await sessionStatus(await signInAs(t.app, person.email, newPassword)), 'valid', 'the password did not change');
    });
  });
});
