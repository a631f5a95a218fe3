import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

/**
 * Registers before/after hooks in the enclosing describe that start a demo server and a browser
 * and always close both; returns a getter for them inside tests.
 *
 * @example const environment = useServerAndBrowser(); test('…', async () => { const { server, browser } = environment(); });
 */
export function useServerAndBrowser(): () => { server: E2eServer; browser: Browser } {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    assert.ok(server && browser, 'the server and the browser started');
    return { server, browser };
  };
}
