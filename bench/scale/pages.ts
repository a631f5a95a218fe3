// The program page and the matching page in headless Chromium, signed in as the coordinator,
// with the app's scripts already cached (the home page is visited first, as a coordinator would
// have): time to content (the last API answer the page asked for), DOM elements and JS heap once
// the page has settled.
import type { Browser, Page } from 'playwright-core';

export type PageFigures = {
  name: string;
  path: string;
  /** From navigation to the last API answer of the page's first wave (its content is there). */
  contentMs: number;
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
    await page.goto(`${baseUrl}/`, { timeout: LIMIT_MS });
    await settled(state, performance.now());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    state.apiRequests = 0;
    const started = performance.now();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: LIMIT_MS });
    await settled(state, started);
    const domElements = Number(await page.evaluate("document.getElementsByTagName('*').length"));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return {
      name,
      path,
      contentMs: Math.max(0, state.lastApiAnswer - started),
      settledMs: state.lastActivity - started,
      apiRequests: state.apiRequests,
      domElements,
      heapMb: heap / 1024 / 1024,
      errors,
    };
  } finally {
    await context.close();
  }
}
