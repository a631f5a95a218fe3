import { CreatedCalendarFeedSchema, CreatedInvitationSchema, AuditPageSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createLogger, redactTokens } from '../../logger.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { createApp, type ConstellationApp } from '../app.ts';

type LogLine = Record<string, unknown> & { msg: string };

/** The app of `t` with its log written to `lines` (as raw JSON text, exactly what would reach stdout). */
function appLoggingTo(t: TestApp, lines: string[], trustProxy: boolean): ConstellationApp {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('info', destination);
  return createApp({ ...t.ctx, logger }, { publicUrl: undefined, trustProxy, webRoot: undefined, bodyLimitBytes: 100_000 });
}

const parsed = (lines: string[]): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

describe('request log and request ids', () => {
  let t: TestApp;
  let adminCookie: string;
  let memberCookie: string;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Log Org');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const member = await makePerson(t.ctx, org.id);
    adminCookie = await signInAs(t.app, admin.email, testPassword);
    memberCookie = await signInAs(t.app, member.email, testPassword);
  });
  after(() => t.handle.close());

  test('no token reaches the log: feed and invitation lines carry the route pattern instead', async () => {
    const lines: string[] = [];
    const app = appLoggingTo(t, lines, true);
    const feed = await call(app, 'POST', '/api/v1/me/calendar-feed', undefined, {
      schema: CreatedCalendarFeedSchema,
      cookie: memberCookie,
    });
    assert.equal(feed.status, 201);
    const feedToken =
      String(feed.body.url)
        .split('/calendar-feeds/')[1]
        ?.replace(/\.ics$/, '') ?? '';
    assert.equal(feedToken.length, 43);
    assert.equal((await app.request(`/api/v1/calendar-feeds/${feedToken}.ics`)).status, 200);

    const invited = await call(
      app,
      'POST',
      '/api/v1/invitations',
      { email: 'logged@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie },
    );
    assert.equal(invited.status, 201);
    const invitationToken = String(invited.body.link).split('/invitations/')[1] ?? '';
    assert.equal((await call(app, 'GET', `/api/v1/invitations/by-token/${invitationToken}`)).status, 200);
    const accepted = await call(app, 'POST', `/api/v1/invitations/by-token/${invitationToken}/accept`, {
      displayName: 'Logged',
      password: 'a passphrase nobody guesses',
    });
    assert.equal(accepted.status, 201);
    // A token pasted into a query string, and into a path no route matches.
    await app.request(`/api/v1/programs?ref=${feedToken}`, { headers: { cookie: memberCookie } });
    await app.request(`/api/v1/no-such-route/${invitationToken}`);

    const text = lines.join('\n');
    for (const [what, token] of [
      ['calendar-feed token', feedToken],
      ['invitation token', invitationToken],
    ] as const) {
      assert.ok(!text.includes(token), `the ${what} is in the log`);
    }
    const routes = parsed(lines)
      .filter((line) => line.msg === 'request')
      .map((line) => line.route);
    assert.ok(routes.includes('/api/v1/calendar-feeds/:file'), `routes logged: ${routes.join(', ')}`);
    assert.ok(routes.includes('/api/v1/invitations/by-token/:token/accept'));
    assert.ok(routes.includes('/api/v1/invitations/by-token/:token'));
    const query = parsed(lines).find((line) => line.route === '/api/v1/programs')?.query;
    assert.equal(query, 'ref=[redacted]');
    const created = parsed(lines).find((line) => line.msg === 'invitation created');
    assert.ok(created?.invitationId, 'the invitation is logged by its id');
  });

  test('redaction keeps UUIDs and short words, removes token-shaped runs', () => {
    const id = '3f2a1c4e-9b7d-4e21-8c3a-0d5e6f7a8b9c';
    assert.equal(redactTokens(`person ${id} done`), `person ${id} done`);
    assert.equal(redactTokens('x Jw3mQ0pZ8rT2vY6bN1cK4hL7dS9fG5aE3uI0oP2qW8e y'), 'x [redacted] y');
    assert.equal(redactTokens(`${id}-${id}`), '[redacted]');
  });

  test('a client X-Request-Id is never the request id: audit entries and the response carry a generated one', async () => {
    const lines: string[] = [];
    const app = appLoggingTo(t, lines, true);
    const invited = await call(
      app,
      'POST',
      '/api/v1/invitations',
      { email: 'planted@example.test' },
      { schema: CreatedInvitationSchema, cookie: adminCookie, headers: { 'x-request-id': 'attacker' } },
    );
    assert.equal(invited.status, 201);
    const responseId = invited.headers.get('x-request-id');
    assert.match(responseId ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const log = await call(t.app, 'GET', '/api/v1/audit-log?action=invitation_created', undefined, {
      schema: AuditPageSchema,
      cookie: adminCookie,
    });
    const entry = log.body.items.find((e) => e.targetId === invited.body.invitation.id);
    assert.ok(entry, 'the invitation is audited');
    assert.notEqual(entry.requestId, 'attacker');
    assert.equal(entry.requestId, responseId);

    const line = parsed(lines).find((l) => l.msg === 'request' && l.requestId === responseId);
    assert.equal(line?.clientRequestId, 'attacker', "behind a trusted proxy the proxy's id is kept beside ours");
  });

  test('a client id is dropped without a trusted proxy, and when too long or made of unsafe characters', async () => {
    const untrusting: string[] = [];
    await appLoggingTo(t, untrusting, false).request('/api/v1/home', { headers: { 'x-request-id': 'proxy-id-1' } });
    const trusting: string[] = [];
    const app = appLoggingTo(t, trusting, true);
    await app.request('/api/v1/home', { headers: { 'x-request-id': 'a'.repeat(129) } });
    await app.request('/api/v1/home', { headers: { 'x-request-id': 'evil"} {"level":60' } });
    await app.request('/api/v1/home', { headers: { 'x-request-id': 'proxy-id-2' } });
    const ids = (lines: string[]) =>
      parsed(lines)
        .filter((l) => l.msg === 'request')
        .map((l) => l.clientRequestId);
    assert.deepEqual(ids(untrusting), [undefined]);
    assert.deepEqual(ids(trusting), [undefined, undefined, 'proxy-id-2']);
  });
});
