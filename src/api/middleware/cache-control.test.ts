import { CreatedCalendarFeedSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

/** Routes that set their own caching on purpose (checked by their own test below). */
const cachedOnPurpose = new Set(['/api/v1/calendar-feeds/{file}']);

/** A path of the OpenAPI document with each parameter filled in (an id that exists nowhere, or a well-formed feed file). */
function concretePath(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'file' ? `${'A'.repeat(43)}.ics` : '00000000-0000-4000-8000-000000000000',
  );
}

describe('Cache-Control on API responses', () => {
  let t: TestApp;
  let adminCookie: string;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Cache Org');
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    adminCookie = await signInAs(t.app, admin.email, testPassword);
  });
  after(() => t.handle.close());

  test('every GET of the OpenAPI document answers no-store, signed in or not, success or error', async () => {
    const document = (await call(t.app, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const gets = Object.entries(document.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([template]) => template);
    assert.ok(gets.length > 40, `only ${gets.length} GET operations found`);
    const missing: string[] = [];
    for (const template of gets.filter((path) => !cachedOnPurpose.has(path))) {
      for (const cookie of [adminCookie, undefined]) {
        const res = await t.app.request(concretePath(template), { headers: cookie ? { cookie } : {} });
        if (res.headers.get('cache-control') !== 'no-store')
          missing.push(`${template} (${cookie ? 'signed in' : 'anonymous'}, ${res.status}): ${res.headers.get('cache-control')}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('the personal answers the probe named are no-store with their content', async () => {
    for (const path of ['/api/v1/me/profile', '/api/v1/me/data-export', '/api/v1/audit-log/export.csv', '/api/v1/home']) {
      const res = await t.app.request(path, { headers: { cookie: adminCookie } });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
    }
    const unknown = await t.app.request('/api/v1/no-such-route', { headers: { cookie: adminCookie } });
    assert.equal(unknown.headers.get('cache-control'), 'no-store');
  });

  test('the calendar feed keeps its own caching and its ETag revalidation', async () => {
    const created = await call(t.app, 'POST', '/api/v1/me/calendar-feed', undefined, {
      schema: CreatedCalendarFeedSchema,
      cookie: adminCookie,
    });
    assert.equal(created.headers.get('cache-control'), 'no-store', 'the feed URL is shown once and never cached');
    const path = new URL(created.body.url).pathname;
    const first = await t.app.request(path);
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'the feed has an ETag');
    assert.ok(!first.headers.get('cache-control')?.includes('no-store'), `feed Cache-Control: ${first.headers.get('cache-control')}`);
    const again = await t.app.request(path, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });
});
