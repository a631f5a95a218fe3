// `npm run bench:web`: the JavaScript a browser loads on a first visit (empty cache) to the
// sign-in page and to the home page of the demo mentee and coordinator, and the whole sign-in
// journey; headless Chromium against the real server with the demo organization. Sizes are as
// served when the server compresses, else what gzip makes of each script (zlib's default level).
// Builds web/dist when stale; WEB_ROOT=<dir> weighs another build instead (e.g. `vite build
// --outDir`). Exits 1 when a page is over the budget.
import path from 'node:path';
import { buildWebIfStale } from '../../scripts/build-web-if-stale.ts';
import { defaultWebRoot } from '../../src/cli/web-root.ts';
import { demoCoordinator, demoMentees, demoPassword } from '../../src/services/demo/demo-people.ts';
import { launchBrowser } from '../../e2e/support/browser.ts';
import {
  formatKilobytes,
  pageScriptBudgetBytes,
  weighHomePage,
  weighSignInJourney,
  weighSignInPage,
  type ScriptWeight,
} from '../../e2e/support/script-weight.ts';
import { startServer } from '../../e2e/support/server.ts';

const webRoot = process.env.WEB_ROOT ? path.resolve(process.env.WEB_ROOT) : defaultWebRoot;
if (!process.env.WEB_ROOT) buildWebIfStale();

const mentee = demoMentees[0];
if (!mentee) throw new Error('The demo has no mentee.');

function report(name: string, weight: ScriptWeight, budgeted: boolean): boolean {
  const raw = weight.scripts.reduce((sum, script) => sum + script.bytes, 0);
  const over = budgeted && weight.gzipBytes > pageScriptBudgetBytes;
  const verdict = budgeted ? (over ? `  OVER the ${formatKilobytes(pageScriptBudgetBytes)} budget` : '  within budget') : '';
  console.log(
    `${name}: ${formatKilobytes(weight.gzipBytes)} gzip'd (${formatKilobytes(raw)} raw), ${weight.scripts.length} scripts${verdict}`,
  );
  for (const script of [...weight.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    const encoding = script.encoding ? ` (${script.encoding} as served)` : '';
    console.log(`  ${formatKilobytes(script.gzipBytes).padStart(9)}  ${script.path}${encoding}`);
  }
  return !over;
}

const [server, browser] = await Promise.all([startServer({ webRoot }), launchBrowser()]);
try {
  console.log(`Web app: ${path.relative(process.cwd(), webRoot) || '.'}; first visits, empty cache`);
  const results = [
    report('sign-in page', await weighSignInPage(browser, server.url), true),
    report('home page, mentee', await weighHomePage(browser, server.url, mentee.email, demoPassword), true),
    report('home page, coordinator', await weighHomePage(browser, server.url, demoCoordinator.email, demoPassword), true),
    report(
      'sign-in journey (sign-in page, then home), mentee',
      await weighSignInJourney(browser, server.url, mentee.email, demoPassword),
      false,
    ),
  ];
  if (results.includes(false)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
