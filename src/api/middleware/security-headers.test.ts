import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp, type ConstellationApp } from '../app.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { strictTransportSecurity } from './security-headers.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directivesOf(policy: string | null): Map<string, string[]> {
  assert.ok(policy, 'Content-Security-Policy is missing');
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

function assertBaseHeaders(res: Response, what: string): void {
  const csp = directivesOf(res.headers.get('content-security-policy'));
  assert.deepEqual(csp.get('script-src'), ["'self'"], `${what}: script-src`);
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], `${what}: frame-ancestors`);
  assert.deepEqual(csp.get('object-src'), ["'none'"], `${what}: object-src`);
  assert.deepEqual(csp.get('default-src'), ["'self'"], `${what}: default-src`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(res.headers.get('x-frame-options'), 'DENY', what);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer', what);
}

describe('security headers', () => {
  let t: TestApp;
  let webRoot: string;

  before(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'constellation-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(
      path.join(webRoot, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await openTestApp({ webRoot });
  });
  after(async () => {
    await t.handle.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  test('every kind of response carries CSP, nosniff, frame denial and Referrer-Policy', async () => {
    const cases: Array<[string, string, number]> = [
      ['web app page', '/', 200],
      ['client-side route', '/programs/123', 200],
      ['hashed asset', '/assets/app.js', 200],
      ['favicon', '/favicon.svg', 200],
      ['health check', '/healthz', 200],
      ['API error (401)', '/api/v1/programs', 401],
      ['unknown API route (404)', '/api/v1/no-such-thing', 404],
      ['OpenAPI document', '/api/openapi.json', 200],
      ['API reference page', '/api/docs', 200],
    ];
    for (const [what, url, status] of cases) {
      const res = await t.app.request(url);
      assert.equal(res.status, status, what);
      assertBaseHeaders(res, what);
    }
  });

  test('styles may be inline (Mantine injects style tags) but scripts may not', async () => {
    const csp = directivesOf((await t.app.request('/')).headers.get('content-security-policy'));
    assert.deepEqual(csp.get('style-src'), ["'self'", "'unsafe-inline'"]);
    assert.ok(!csp.get('script-src')?.includes("'unsafe-inline'"));
    assert.ok(!csp.get('script-src')?.includes("'unsafe-eval'"));
  });

  test('HSTS only when served over HTTPS', async () => {
    const plain = await t.app.request('/');
    assert.equal(plain.headers.get('strict-transport-security'), null);
    // openTestApp trusts the proxy: X-Forwarded-Proto says the browser used HTTPS.
    const proxied = await t.app.request('/api/v1/programs', { headers: { 'x-forwarded-proto': 'https' } });
    assert.equal(proxied.headers.get('strict-transport-security'), strictTransportSecurity);
    const proxiedHttp = await t.app.request('/', { headers: { 'x-forwarded-proto': 'http' } });
    assert.equal(proxiedHttp.headers.get('strict-transport-security'), null);

    const untrusting: ConstellationApp = createApp(t.ctx, { publicUrl: undefined, trustProxy: false, webRoot, bodyLimitBytes: 100_000 });
    const spoofed = await untrusting.request('/', { headers: { 'x-forwarded-proto': 'https' } });
    assert.equal(spoofed.headers.get('strict-transport-security'), null, 'an untrusted X-Forwarded-Proto is ignored');

    const httpsPublic = createApp(t.ctx, {
      publicUrl: 'https://mentoring.example.org',
      trustProxy: false,
      webRoot,
      bodyLimitBytes: 100_000,
    });
    for (const url of ['/', '/healthz', '/api/v1/programs']) {
      const res = await httpsPublic.request(url);
      assert.equal(res.headers.get('strict-transport-security'), strictTransportSecurity, url);
    }
  });
});
