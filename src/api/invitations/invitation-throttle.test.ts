import { CreatedInvitationSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { invitationAcceptanceLimits } from '../../services/security/sign-in-throttle.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs, type ApiResponse, errorOf } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const weak = { displayName: 'New Person', password: 'password1234' };
const strong = { displayName: 'New Person', password: 'lanterns over the quiet harbour' };

describe('invitation acceptance is throttled like sign-in', () => {
  let t: TestApp;
  let adminCookie: string;
  let adminEmail: string;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Throttle Org');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    adminEmail = admin.email;
    adminCookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  async function invite(email: string): Promise<string> {
    const created = await call(t.app, 'POST', '/api/v1/invitations', { email }, { schema: CreatedInvitationSchema, cookie: adminCookie });
    assert.equal(created.status, 201);
    return String(created.body.link).split('/invitations/')[1] ?? '';
  }
  // openTestApp trusts the proxy, so X-Forwarded-For gives each test its own address.
  const accept = (token: string, body: object, ip: string): Promise<ApiResponse> =>
    call(t.app, 'POST', `/api/v1/invitations/by-token/${token}/accept`, body, { headers: { 'x-forwarded-for': ip } });

  test('per invitation link: after the failures allowed, even a good password waits out the window (429, Retry-After)', async () => {
    const token = await invite('per-link@example.test');
    for (let attempt = 0; attempt < invitationAcceptanceLimits.failuresPerInvitation; attempt++) {
      // Each attempt from another address: the link's own count is what stops it.
      assert.equal((await accept(token, weak, `198.51.100.${attempt + 1}`)).status, 422);
    }
    const refused = await accept(token, strong, '198.51.100.200');
    assert.equal(refused.status, 429);
    assert.equal(errorOf(refused).code, 'too_many_attempts');
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= invitationAcceptanceLimits.windowMinutes * 60, `Retry-After ${retryAfter}`);
    assert.equal((await call(t.app, 'GET', `/api/v1/invitations/by-token/${token}`)).status, 200, 'the link itself is still valid');

    t.advanceClock(retryAfter * 1000);
    assert.equal((await accept(token, strong, '198.51.100.200')).status, 201, 'after the window the link works');
  });

  test('per IP address: unknown links count, then a valid link from that address waits too; other addresses and sign-in are not affected', async () => {
    const ip = '203.0.113.7';
    for (let attempt = 0; attempt < invitationAcceptanceLimits.failuresPerIpAddress; attempt++) {
      const guessed = `guessed-link-${String(attempt).padStart(2, '0')}-0123456789abcdef`;
      assert.equal((await accept(guessed, strong, ip)).status, 404);
    }
    const token = await invite('per-ip@example.test');
    const refused = await accept(token, strong, ip);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const signIn = await call(
      t.app,
      'POST',
      '/api/v1/auth/sign-in',
      { email: adminEmail, password: testPassword },
      { headers: { 'x-forwarded-for': ip } },
    );
    assert.equal(signIn.status, 200, 'failed invitation acceptances do not lock sign-in from the address');
    assert.equal((await accept(token, strong, '203.0.113.8')).status, 201);
  });
});
