// The program page and the matching page in headless Chromium, signed in as the coordinator,
// with the app's scripts already cached (the home page is visited first, as a coordinator would
// have): reached in the app (a link's navigation: the page's own cost) and loaded afresh (the app
// booting too). Time to content is the last API answer the page asked for; DOM elements and JS
// heap are read once the in-app navigation has settled. The verdict is on the reload (scripts
// cached, the page's data fetched): the first in-app visit also fetches the page's own chunk.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { formatMs } from './http.ts';
import { type Row, row } from './table.ts';

export type PageFigures = {
  name: string;
  path: string;
  /** From an in-app navigation to the last API answer the page asked for (its content is there). */
  contentMs: number;
  /** The same for a full load of the page's address (the app boots first). */
  fullLoadMs: number;
  /** From navigation until no request was in flight for half a second (that half second excluded). */
  settledMs: number;
  apiRequests: number;
  domElements: number;
  heapMb: number;
  errors: string[];
};

const QUIET_MS = 500;
const LIMIT_MS = 180_000;

/** Watches a page's requests: how many are in flight, and when the last one started or ended. */
function watchRequests(page: Page) {
  const state = { inFlight: 0, lastActivity: performance.now(), lastApiAnswer: 0, apiRequests: 0 };
  page.on('request', (request) => {
    state.inFlight += 1;
    state.lastActivity = performance.now();
    if (new URL(request.url()).pathname.startsWith('/api/')) state.apiRequests += 1;
  });
  const settle = (url: string) => {
    state.inFlight -= 1;
    state.lastActivity = performance.now();
    if (new URL(url).pathname.startsWith('/api/')) state.lastApiAnswer = state.lastActivity;
  };
  page.on('requestfinished', (request) => settle(request.url()));
  page.on('requestfailed', (request) => settle(request.url()));
  return state;
}

async function settled(state: ReturnType<typeof watchRequests>, started: number): Promise<void> {
  while (state.inFlight > 0 || performance.now() - state.lastActivity < QUIET_MS) {
    if (performance.now() - started > LIMIT_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `path` in a fresh context with the session cookie (after a first visit that caches the app) and measures it. */
export async function measurePage(browser: Browser, baseUrl: string, cookie: string, name: string, path: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const [cookieName, ...value] = cookie.split('=');
  await context.addCookies([{ name: cookieName as string, value: value.join('='), url: baseUrl }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const state = watchRequests(page);
  try {
    // The home page booted (its data came), so the app's router is there to follow a link.
    const home = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/home', { timeout: LIMIT_MS });
    await page.goto(`${baseUrl}/`, { timeout: LIMIT_MS });
    await home;
    await settled(state, performance.now());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    state.apiRequests = 0;
    const started = performance.now();
    // The navigation counts as activity, so the page gets its quiet half second to start asking.
    state.lastActivity = started;
    // What a link does in the app: the router follows history changes.
    await page.evaluate(`history.pushState({}, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`);
    await settled(state, started);
    const contentMs = Math.max(0, state.lastApiAnswer - started);
    const settledMs = state.lastActivity - started;
    const apiRequests = state.apiRequests;
    const domElements = Number(await page.evaluate("document.getElementsByTagName('*').length"));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const reloaded = performance.now();
    state.lastActivity = reloaded;
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: LIMIT_MS });
    await settled(state, reloaded);
    return {
      name,
      path,
      contentMs,
      fullLoadMs: Math.max(0, state.lastApiAnswer - reloaded),
      settledMs,
      apiRequests,
      domElements,
      heapMb: heap / 1024 / 1024,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Measures each page in a fresh Chromium, as table rows with the targets (< 1 s to content, < 3,000 elements). */
export async function pageRows(baseUrl: string, cookie: string, pages: ReadonlyArray<readonly [string, string]>): Promise<Row[]> {
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    for (const [name, path] of pages) {
      const figures = await measurePage(browser, baseUrl, cookie, name, path);
      const errors = figures.errors.length ? `, errors: ${figures.errors.join('; ').slice(0, 120)}` : '';
      rows.push(
        row(
          `${name} in Chromium (coordinator, app cached)`,
          `content ${formatMs(figures.fullLoadMs)} reloaded (${formatMs(figures.contentMs)} by a first in-app visit, ${figures.apiRequests} API requests), ` +
            `${figures.domElements} elements, ${figures.heapMb.toFixed(0)} MB heap${errors}`,
          '< 1 s, < 3,000 elements',
          figures.fullLoadMs < 1000 && figures.domElements < 3000 && figures.errors.length === 0,
        ),
      );
    }
  } finally {
    await browser.close();
  }
  return rows;
}
