import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { newPage, waitForPath } from './browser.ts';

/** One JavaScript file a page loaded: its path, its size as served, and its size gzip'd. */
export type LoadedScript = { path: string; bytes: number; gzipBytes: number; encoding: string | undefined };

/** The JavaScript a page loaded, and the total the budget is checked against. */
export type ScriptWeight = { scripts: LoadedScript[]; gzipBytes: number };

/** The most gzip'd JavaScript the sign-in page or the home page may load (issue 15). */
export const pageScriptBudgetBytes = 200 * 1024;

function isJavaScript(response: Response): boolean {
  return /javascript/.test(response.headers()['content-type'] ?? '') || /\.m?js$/.test(new URL(response.url()).pathname);
}

/**
 * Its size on the wire when the server compresses it (Content-Encoding), else the size gzip would
 * make of it (zlib's default level, what a compressing proxy or server sends).
 */
async function measureScript(response: Response): Promise<LoadedScript> {
  const body = await response.body();
  const encoding = response.headers()['content-encoding'];
  const sizes = await response.request().sizes();
  const gzipBytes = encoding ? sizes.responseBodySize : gzipSync(body).length;
  return { path: new URL(response.url()).pathname, bytes: body.length, gzipBytes, encoding };
}

/**
 * Records every script the context's pages load while `visit` runs (a fresh context has an empty
 * cache, so this is what a first visit costs).
 *
 * @example const weight = await recordScripts(context, () => page.goto(`${url}/sign-in`));
 */
export async function recordScripts(context: BrowserContext, visit: () => Promise<unknown>): Promise<ScriptWeight> {
  const pending: Promise<LoadedScript>[] = [];
  const onResponse = (response: Response) => {
    if (isJavaScript(response)) pending.push(measureScript(response));
  };
  context.on('response', onResponse);
  try {
    await visit();
  } finally {
    context.off('response', onResponse);
  }
  const scripts = await Promise.all(pending);
  return { scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}

/** Waits until the page has drawn its content and no request is in flight (lazy chunks included). */
async function settle(page: Page, content: Locator): Promise<void> {
  await content.first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * The JavaScript a first visit to /sign-in loads, in a fresh browser context.
 *
 * @example const { gzipBytes } = await weighSignInPage(browser, server.url);
 */
export async function weighSignInPage(browser: Browser, serverUrl: string): Promise<ScriptWeight> {
  const page = await newPage(browser);
  try {
    return await recordScripts(page.context(), async () => {
      await page.goto(`${serverUrl}/sign-in`);
      await settle(page, page.getByRole('button', { name: 'Sign in' }));
    });
  } finally {
    await page.context().close();
  }
}

/**
 * The JavaScript a first visit to the home page loads for a signed-in person: the session is
 * opened through the API (same cookies, no page), so no script is cached before the visit.
 *
 * @example const { gzipBytes } = await weighHomePage(browser, server.url, demoCoordinator.email, demoPassword);
 */
export async function weighHomePage(browser: Browser, serverUrl: string, email: string, password: string): Promise<ScriptWeight> {
  const page = await newPage(browser);
  try {
    const response = await page.context().request.post(`${serverUrl}/api/v1/auth/sign-in`, { data: { email, password } });
    if (!response.ok()) throw new Error(`signing in ${email} answered ${response.status()}: ${await response.text()}`);
    return await recordScripts(page.context(), async () => {
      await page.goto(`${serverUrl}/`);
      await waitForPath(page, '/');
      await settle(page, page.getByRole('heading', { name: /^Welcome, / }));
    });
  } finally {
    await page.context().close();
  }
}

/**
 * The JavaScript of the whole first journey: the sign-in page, signing in through it, and the
 * home page it leads to (what the browser fetches in all, each chunk once).
 *
 * @example const { gzipBytes } = await weighSignInJourney(browser, server.url, mentee.email, demoPassword);
 */
export async function weighSignInJourney(browser: Browser, serverUrl: string, email: string, password: string): Promise<ScriptWeight> {
  const page = await newPage(browser);
  try {
    return await recordScripts(page.context(), async () => {
      await page.goto(`${serverUrl}/sign-in`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForPath(page, '/');
      await settle(page, page.getByRole('heading', { name: /^Welcome, / }));
    });
  } finally {
    await page.context().close();
  }
}

/** "123.4 KB" (1 KB = 1,024 bytes, as the issue counts). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
