import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { openTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let webRoot: string;
const script = `export const pages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `page ${i}`))};\n`;

before(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), 'constellation-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>',
  );
  writeFileSync(path.join(webRoot, 'assets', 'app-1a2b.js'), script);
  t = await openTestApp({ webRoot });
});
after(async () => {
  await t.handle.close();
  rmSync(webRoot, { recursive: true, force: true });
});

test('the web app’s scripts travel gzip-compressed to a browser that accepts it, cached for good', async () => {
  const response = await t.app.request('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-encoding'), 'gzip');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const body = Buffer.from(await response.arrayBuffer());
  assert.ok(body.length < script.length / 3, `${body.length} bytes sent for ${script.length}`);
  assert.equal(gunzipSync(body).toString('utf8'), script);
});

test('a client that asks for no encoding gets the script as it is', async () => {
  const response = await t.app.request('/assets/app-1a2b.js');
  assert.equal(response.headers.get('content-encoding'), null);
  assert.equal(await response.text(), script);
});
