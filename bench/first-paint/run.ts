// `node bench/first-paint/run.ts [-- --people 300 --runs 5]`
//
// The program page's and the matching page's request chain in Chromium (coordinator, app
// cached): for a reload of each page, when each request started and ended since navigation,
// and the time to the last API answer (the page's content), the median over `--runs` reloads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { seedLargeOrganization } from '../../src/testing/large-organization.ts';
import { startServerProcess } from '../../src/testing/server-process.ts';
import { createScratchDatabase } from '../../src/testing/test-database.ts';
import { signIn } from '../scale/http.ts';

const { values: flags } = parseArgs({
  options: { people: { type: 'string', default: '300' }, runs: { type: 'string', default: '5' } },
});
const people = Number(flags.people);
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const dir = mkdtempSync(path.join(tmpdir(), 'bench-first-paint-'));
const database = await createScratchDatabase(dir);
const handle = await openDatabase({ databaseUrl: database.env.DATABASE_URL as string, dataDir: 'memory://' });
let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
try {
  await handle.migrate();
  const mentees = Math.floor(people * 0.6);
  const org = await seedLargeOrganization(handle.db, {
    people,
    mentees,
    mentors: Math.floor(people * 0.2),
    mentorCapacity: 4,
    applications: Math.min(50, mentees),
  });
  server = await startServerProcess(database.env, 120_000);
  const base = server.url;
  const coordinator = await signIn(base, 'coordinator', org.coordinator.email, org.password);
  const browser = await launchBrowser();
  try {
    for (const [name, url] of [
      ['program page', `/programs/${org.programId}`],
      ['matching page', `/programs/${org.programId}/matching`],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const [cookieName, ...cookieValue] = coordinator.cookie.split('=');
      await context.addCookies([{ name: cookieName as string, value: cookieValue.join('='), url: base }]);
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.waitForLoadState('networkidle');
      const totals: number[] = [];
      let trace: string[] = [];
      for (let run = 0; run < Number(flags.runs); run++) {
        const t0 = performance.now();
        const seen: string[] = [];
        let lastApi = 0;
        const onRequest = (request: import('playwright-core').Request) => {
          const u = new URL(request.url());
          if (u.pathname.startsWith('/api/') || /(page|app|index|main)[^/]*\.js$/.test(u.pathname))
            seen.push(`${(performance.now() - t0).toFixed(0).padStart(5)} ms  start ${u.pathname}`);
        };
        const onFinished = (request: import('playwright-core').Request) => {
          const u = new URL(request.url());
          const at = performance.now() - t0;
          if (u.pathname.startsWith('/api/')) lastApi = Math.max(lastApi, at);
          if (u.pathname.startsWith('/api/') || /(page|app|index|main)[^/]*\.js$/.test(u.pathname))
            seen.push(`${at.toFixed(0).padStart(5)} ms  end   ${u.pathname}${u.search}`);
        };
        page.on('request', onRequest);
        page.on('requestfinished', onFinished);
        await page.goto(`${base}${url}`);
        await page.waitForLoadState('networkidle');
        page.off('request', onRequest);
        page.off('requestfinished', onFinished);
        totals.push(lastApi);
        trace = seen;
      }
      totals.sort((a, b) => a - b);
      console.log(`\n${name} (${people} people), last reload's requests since navigation:\n${trace.join('\n')}`);
      console.log(
        `${name}: last API answer after reload, median ${totals[Math.floor(totals.length / 2)]?.toFixed(0)} ms (${totals.map((t) => t.toFixed(0)).join(', ')})`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  await server?.stop();
  await handle.close();
  await database.drop();
}
