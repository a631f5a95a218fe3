import { SessionSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countRows } from '../../testing/count-rows.ts';
import { call, sessionCookieFrom, signInAs, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Person } from '../../domain/person.ts';
import { signInLimits } from '../../services/security/sign-in-throttle.ts';

describe('auth routes', () => {
  let t: TestApp;
  let person: Person;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    person = await makePerson(t.ctx, org.id, { role: 'coordinator' });
  });
  after(() => t.handle.close());

  test('signs in with the right password and sets an HttpOnly SameSite cookie', async () => {
    const res = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: person.email.toUpperCase(), password: testPassword },
      { schema: SessionSchema },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.person.email, person.email);
    const setCookie = res.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    const session = await call(t.app, 'GET', '/api/v1/auth/session', undefined, { schema: SessionSchema, cookie: sessionCookieFrom(res) });
    assert.equal(session.status, 200);
    assert.equal(session.body.person.id, person.id);
  });

  test('stores only a hash of the session token', async () => {
    const cookie = await signInAs(t.app, person.email, testPassword);
    const token = cookie.split('=')[1] ?? '';
    assert.equal(await countRows(t.handle.db, 'sessions', sql`token_hash = ${token}`), 0);
    assert.ok((await countRows(t.handle.db, 'sessions')) > 0);
  });

  test('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: person.email, password: 'not the password' },
      {
        headers: { 'x-forwarded-for': '10.0.0.1' },
      },
    );
    const unknown = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: 'nobody@example.test', password: 'whatever it is' },
      {
        headers: { 'x-forwarded-for': '10.0.0.1' },
      },
    );
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.equal(errorOf(wrong).code, 'invalid_credentials');
    assert.equal(wrong.headers.get('set-cookie'), null);
  });

  test('rate limits repeated failures for one email, even with the right password', async () => {
    const victim = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id);
    for (let attempt = 0; attempt < signInLimits.failuresPerEmail; attempt++) {
      const res = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: victim.email, password: `guess number ${attempt}` });
      assert.equal(res.status, 401);
    }
    const blocked = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: victim.email, password: testPassword });
    assert.equal(blocked.status, 429);
    assert.equal(errorOf(blocked).code, 'too_many_attempts');
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    t.advanceClock((signInLimits.windowMinutes + 1) * 60_000);
    const later = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: victim.email, password: testPassword });
    assert.equal(later.status, 200);
  });

  test('an expired session is refused with session_expired', async () => {
    const cookie = await signInAs(t.app, person.email, testPassword);
    t.advanceClock(15 * 86_400_000);
    const res = await call(t.app, 'GET', '/api/v1/home', undefined, { cookie });
    assert.equal(res.status, 401);
    assert.equal(errorOf(res).code, 'session_expired');
    t.advanceClock(-15 * 86_400_000);
  });

  test('sign-out ends the session', async () => {
    const cookie = await signInAs(t.app, person.email, testPassword);
    assert.equal((await call(t.app, 'POST', '/api/v1/auth/sign-out', undefined, { cookie })).status, 204);
    const res = await call(t.app, 'GET', '/api/v1/auth/session', undefined, { cookie });
    assert.equal(res.status, 401);
    assert.equal(errorOf(res).code, 'session_invalid');
  });

  test('no cookie means 401 on protected routes', async () => {
    const res = await call(t.app, 'GET', '/api/v1/programs');
    assert.equal(res.status, 401);
    assert.equal(errorOf(res).code, 'unauthenticated');
  });

  test('CSRF: a state change with the session cookie is judged by Origin and Sec-Fetch-Site', async () => {
    const cookie = await signInAs(t.app, person.email, testPassword);
    const body = { name: 'Sneaky', type: 'group' };
    // Policy when both headers are missing: allowed. Every browser sends Origin on a cross-origin
    // POST (and Sec-Fetch-Site over HTTPS), so a request with neither is same-origin from an older
    // browser or comes from a non-browser client holding its own cookie; SameSite=Lax also keeps
    // the cookie off cross-site POSTs.
    const cases: Array<[string, Record<string, string>, number]> = [
      ['foreign Origin', { origin: 'https://evil.example' }, 403],
      ['opaque Origin (sandboxed frame)', { origin: 'null' }, 403],
      ['same host, other port', { origin: 'http://localhost:8080' }, 403],
      ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
      ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }, 403],
      ['same Origin but Sec-Fetch-Site cross-site', { origin: 'http://localhost', 'sec-fetch-site': 'cross-site' }, 403],
      ['foreign Origin, Sec-Fetch-Site same-origin', { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }, 403],
      ['same Origin', { origin: 'http://localhost' }, 201],
      ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }, 201],
      ['Sec-Fetch-Site none (typed by the user)', { 'sec-fetch-site': 'none' }, 201],
      ['neither header (non-browser client)', {}, 201],
    ];
    for (const [what, headers, status] of cases) {
      const res = await call(t.app, 'POST', '/api/v1/programs', body, { cookie, headers });
      assert.equal(res.status, status, what);
      if (status === 403) assert.equal(errorOf(res).code, 'cross_site_request', what);
    }
    const withoutCookie = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: person.email, password: testPassword },
      {
        headers: { origin: 'https://evil.example' },
      },
    );
    assert.equal(withoutCookie.status, 200, 'no cookie, no ambient authority: the check does not apply');
    const safeMethod = await call(t.app, 'GET', '/api/v1/programs', undefined, { cookie, headers: { origin: 'https://evil.example' } });
    assert.equal(safeMethod.status, 200, 'GET changes nothing and passes');
    // Behind a trusted TLS proxy the browser's origin is https although the proxy speaks http to us.
    const proxied = { 'x-forwarded-proto': 'https' };
    const viaProxy = await call(t.app, 'POST', '/api/v1/programs', body, { cookie, headers: { ...proxied, origin: 'https://localhost' } });
    assert.equal(viaProxy.status, 201, 'the https origin through the proxy is our own');
    const downgraded = await call(t.app, 'POST', '/api/v1/programs', body, { cookie, headers: { ...proxied, origin: 'http://localhost' } });
    assert.equal(downgraded.status, 403, 'an http page is another origin than the https app');
  });

  test('rate limits failures from one address across many emails, with 429 and Retry-After', async () => {
    const org = await makeOrganization(t.ctx);
    const own = await makePerson(t.ctx, org.id);
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    for (let attempt = 0; attempt < signInLimits.failuresPerIpAddress; attempt++) {
      const res = await call(
        t.app,
        'POST',
        '/api/v1/auth/sign-in',
        { email: `sprayed${attempt}@example.test`, password: 'spray password guess' },
        { headers },
      );
      assert.equal(res.status, 401, `attempt ${attempt}`);
    }
    const blocked = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: own.email, password: testPassword }, { headers });
    assert.equal(blocked.status, 429, 'a correct password does not get through an active lockout');
    assert.equal(errorOf(blocked).code, 'too_many_attempts');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= signInLimits.windowMinutes * 60, `Retry-After ${retryAfter}`);
    const elsewhere = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: own.email, password: testPassword },
      { headers: { 'x-forwarded-for': '203.0.113.10' } },
    );
    assert.equal(elsewhere.status, 200, 'other addresses are not locked out');
  });

  test('a success elsewhere does not lift an email lockout that is in force', async () => {
    const victim = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id);
    for (let attempt = 0; attempt < signInLimits.failuresPerEmail; attempt++) {
      await call(
        t.app,
        'POST',
        '/api/v1/auth/sign-in',
        { email: victim.email, password: `guess ${attempt} of many` },
        { headers: { 'x-forwarded-for': '198.51.100.1' } },
      );
    }
    const owner = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: victim.email, password: testPassword },
      { headers: { 'x-forwarded-for': '198.51.100.2' } },
    );
    assert.equal(owner.status, 429, 'the lockout is per email, whatever the address');
    const attacker = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: victim.email, password: 'guess 6 of many' },
      { headers: { 'x-forwarded-for': '198.51.100.1' } },
    );
    assert.equal(attacker.status, 429);
  });

  test('sign-in validates its body and names the field', async () => {
    const res = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: 'not-an-email', password: '' });
    assert.equal(res.status, 422);
    const fields = fieldIssuesOf(res)
      .map((issue: { field: string }) => issue.field)
      .sort();
    assert.deepEqual(fields, ['email', 'password']);
  });
});
