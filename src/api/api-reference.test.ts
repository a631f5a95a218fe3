import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

describe('API reference page at /api/docs', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('is an HTML page without inline script, loading its stylesheet and scripts from /api/docs', async () => {
    const page = await t.app.request('/api/docs');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.deepEqual([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)], [], 'no inline script');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(assets, ['/api/docs/swagger-ui.css', '/api/docs/swagger-ui-bundle.js', '/api/docs/start.js']);
  });

  test('serves each asset with its content type, cached for a day', async () => {
    for (const [url, type, minimumLength] of [
      ['/api/docs/swagger-ui.css', 'text/css; charset=utf-8', 100_000],
      ['/api/docs/swagger-ui-bundle.js', 'text/javascript; charset=utf-8', 1_000_000],
      ['/api/docs/start.js', 'text/javascript; charset=utf-8', 100],
    ] as const) {
      const res = await t.app.request(url);
      assert.equal(res.status, 200, url);
      assert.equal(res.headers.get('content-type'), type, url);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=86400', url);
      assert.ok((await res.text()).length > minimumLength, `${url} has its content`);
    }
  });

  test('the start script reads our OpenAPI document and asks no outside validator', async () => {
    const script = await (await t.app.request('/api/docs/start.js')).text();
    assert.match(script, /url: '\/api\/openapi\.json'/);
    assert.match(script, /validatorUrl: null/);
  });

  test('other names under /api/docs are a JSON 404', async () => {
    const res = await t.app.request('/api/docs/swagger-ui.js.map');
    assert.equal(res.status, 404);
  });
});
