import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** Where Chromium lives: CHROMIUM_PATH, else the Debian package's binary. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const installCommand = 'apt-get update && apt-get install -y chromium';

/** How long one browser action (click, fill, wait for text) may take on a slow 2-core machine. */
export const actionTimeoutMs = 15_000;

/** Where screenshots go: test-results/ at the repository root (git-ignored). */
export const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * The `skip` option for an end-to-end `describe`: false when Chromium is installed, a message
 * saying how to install it otherwise. On CI (CI=true) a missing browser is an error, not a skip,
 * so the suite cannot silently pass without running.
 *
 * @example describe('coordinator journey', { skip: skipWithoutChromium() }, () => { ... });
 */
export function skipWithoutChromium(): string | false {
  if (existsSync(chromiumPath)) return false;
  const message = `Chromium not found at ${chromiumPath}. Install it with \`${installCommand}\` or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(`End-to-end tests need a browser on CI. ${message}`);
  console.log(`Skipping end-to-end browser tests: ${message}`);
  return `Chromium not installed (run \`${installCommand}\`)`;
}

/** Starts headless Chromium with flags suited to containers and CI. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with \`${installCommand}\` or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Opens a page in a fresh context (no cookies) with the generous default timeouts. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(actionTimeoutMs);
  return context.newPage();
}

/** Writes a full-page PNG to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  // Capture from the top: a page scrolled by earlier clicks draws its fixed header mid-image.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The app asks for the current session on every page load; a visitor who is not signed in gets
 * 401, which the app expects and Chromium logs as a failed resource load. That one is not an error.
 */
function isExpectedSignedOutProbe(message: ConsoleMessage): boolean {
  return (
    /status of 401/.test(message.text()) && new URL(message.location().url || 'about:blank', 'http://x').pathname === '/api/v1/auth/session'
  );
}

/**
 * Collects console errors and uncaught page errors from a page (and pages opened later in the
 * same context). Assert the returned list is empty at the end of the journey.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  const watch = (watched: Page) => {
    watched.on('console', (message) => {
      if (message.type() === 'error' && !isExpectedSignedOutProbe(message)) {
        errors.push(`console.error on ${watched.url()}: ${message.text()} (${message.location().url})`);
      }
    });
    watched.on('pageerror', (error) => errors.push(`uncaught error on ${watched.url()}: ${error.message}`));
  };
  watch(page);
  page.context().on('page', watch);
  return errors;
}

/** Waits until the page's path (without query) is `pathname` or matches it. */
export async function waitForPath(page: Page, pathname: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname)), {
    timeout: actionTimeoutMs,
  });
}

/**
 * Polls `read` until `accept` holds for its value (like Playwright Test's `expect.poll`), then
 * returns the value; fails with the last value seen after the timeout.
 *
 * @example await waitUntil(() => input.inputValue(), (value) => value === '', 'the Person box to clear');
 */
export async function waitUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = actionTimeoutMs,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
