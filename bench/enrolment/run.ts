// `node bench/enrolment/run.ts [-- --people 25000 --mentees 20000 --mentors 5000 --enrol 20000 --no-web]`
//
// Issue 22's people and program pages at size, on PostgreSQL (DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres; a scratch database of its own, dropped at the end):
// builds the large organization, starts the real server, then times the roster's first page and
// counts, the directory's first page and a search, enrolling `--enrol` people in one call (as a
// JSON list, as a CSV, and the same list again: all already enrolled), and the program and people
// pages in Chromium (time to content, DOM elements, JS heap), with screenshots at 1280 and 390 px.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { buildWebIfStale } from '../../scripts/build-web-if-stale.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { seedLargeOrganization } from '../../src/testing/large-organization.ts';
import { largePersonEmail, largePersonId } from '../../src/testing/large-organization-sql.ts';
import { startServerProcess } from '../../src/testing/server-process.ts';
import { createScratchDatabase } from '../../src/testing/test-database.ts';
import { formatMs, percentile, send, signIn } from '../scale/http.ts';
import { measurePage } from '../scale/pages.ts';

const { values: flags } = parseArgs({
  options: {
    people: { type: 'string', default: '25000' },
    mentees: { type: 'string', default: '20000' },
    mentors: { type: 'string', default: '5000' },
    enrol: { type: 'string', default: '20000' },
    samples: { type: 'string', default: '20' },
    'no-web': { type: 'boolean', default: false },
    /** Use the web app as last built (when the tree does not build right now). */
    'no-build': { type: 'boolean', default: false },
  },
});
const enrolCount = Number(flags.enrol);
const samples = Number(flags.samples);
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const table: Array<[string, string, string]> = [];

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const dir = mkdtempSync(path.join(tmpdir(), 'bench-enrolment-'));
const database = await createScratchDatabase(dir);
const handle = await openDatabase({ databaseUrl: database.env.DATABASE_URL as string, dataDir: 'memory://' });
let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
try {
  await handle.migrate();
  const size = {
    people: Number(flags.people),
    mentees: Number(flags.mentees),
    mentors: Number(flags.mentors),
    mentorCapacity: 4,
    applications: 2000,
  };
  log(`seeding ${size.people} people, ${size.mentees} x ${size.mentors}…`);
  const org = await seedLargeOrganization(handle.db, size);
  if (!flags['no-web'] && !flags['no-build']) buildWebIfStale();
  server = await startServerProcess(database.env, 120_000);
  const base = server.url;
  const coordinator = await signIn(base, 'coordinator', org.coordinator.email, org.password);
  const admin = await signIn(base, 'admin', org.admins[0]?.email ?? '', org.password);
  const get = (who: { cookie: string }, url: string) => send(base, 'GET', url, { cookie: who.cookie });

  const timeGets = async (label: string, who: { cookie: string }, url: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < samples; i++) {
      const answer = await get(who, url);
      if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
      times.push(answer.ms);
      bytes = answer.bytes;
    }
    times.sort((a, b) => a - b);
    table.push([
      label,
      `p50 ${formatMs(percentile(times, 0.5))}, p99 ${formatMs(percentile(times, 0.99))}, ${(bytes / 1024).toFixed(1)} KB`,
      '< 300 ms',
    ]);
  };
  const roster = `/api/v1/programs/${org.programId}/enrolments`;
  await timeGets(`GET enrolments, first page (${size.mentees + size.mentors} enrolled)`, coordinator, roster);
  const someMentor = (await get(coordinator, `${roster}?role=mentor&limit=1`)).body as {
    items: Array<{ person: { displayName: string } }>;
  };
  const name = someMentor.items[0]?.person.displayName.split(' ')[0] ?? 'a';
  await timeGets(`GET enrolments, mentors named like "${name}"`, coordinator, `${roster}?role=mentor&q=${encodeURIComponent(name)}`);
  await timeGets('GET enrolments, status=withdrawn', coordinator, `${roster}?status=withdrawn`);
  const first = (await get(coordinator, roster)).body as { nextCursor: string };
  await timeGets('GET enrolments, second page (cursor)', coordinator, `${roster}?cursor=${first.nextCursor}`);
  await timeGets('GET enrolments/counts', coordinator, `${roster}/counts`);
  await timeGets(`GET /people, first page (${size.people} people)`, admin, '/api/v1/people');
  await timeGets('GET /people?q=finance', admin, '/api/v1/people?q=finance');
  await timeGets('GET /people, 500 per page', admin, '/api/v1/people?limit=500');

  const newProgram = async (name: string) => {
    const created = await send(base, 'POST', '/api/v1/programs', { cookie: coordinator.cookie, json: { name, type: 'one_to_one' } });
    return (created.body as { id: string }).id;
  };
  const mentees = Array.from({ length: enrolCount }, (_, i) => i + 1);
  const people = mentees.map((i) => ({ personId: largePersonId(org.organizationId, 'mentee', i), role: 'mentee' }));
  const listProgram = await newProgram('Bulk by list');
  const byList = await send(base, 'POST', `/api/v1/programs/${listProgram}/enrolments/bulk`, {
    cookie: coordinator.cookie,
    json: { people },
    timeoutMs: 600_000,
  });
  table.push([
    `POST enrolments/bulk, ${enrolCount} by personId`,
    `${byList.status} in ${formatMs(byList.ms)}: ${JSON.stringify(byList.body).slice(0, 90)}`,
    '< 10 s',
  ]);
  const again = await send(base, 'POST', `/api/v1/programs/${listProgram}/enrolments/bulk`, {
    cookie: coordinator.cookie,
    json: { people },
    timeoutMs: 600_000,
  });
  table.push([`the same ${enrolCount} again (all already enrolled)`, `${again.status} in ${formatMs(again.ms)}`, '< 10 s']);
  const csvProgram = await newProgram('Bulk by CSV');
  const csv = `email,role\n${mentees.map((i) => `${largePersonEmail('mentee', i)},mentee`).join('\n')}\n`;
  const csvStarted = performance.now();
  const byCsv = await fetch(`${base}/api/v1/programs/${csvProgram}/enrolments/bulk.csv`, {
    method: 'POST',
    headers: { cookie: coordinator.cookie, 'content-type': 'text/csv' },
    body: csv,
    signal: AbortSignal.timeout(600_000),
  });
  const csvAnswer = await byCsv.text();
  table.push([
    `POST enrolments/bulk.csv, ${enrolCount} rows (${Math.round(csv.length / 1024)} KB)`,
    `${byCsv.status} in ${formatMs(performance.now() - csvStarted)}: ${csvAnswer.slice(0, 60)}`,
    '< 10 s',
  ]);
  const healthz = await send(base, 'GET', '/healthz');
  table.push(['GET /healthz right after', formatMs(healthz.ms), '']);

  if (!flags['no-web']) {
    const browser = await launchBrowser();
    try {
      for (const [name, url, who] of [
        ['program page (coordinator)', `/programs/${org.programId}`, coordinator],
        ['people page (admin)', '/people', admin],
      ] as const) {
        const page = await measurePage(browser, base, who.cookie, name, url);
        table.push([
          `${name} in Chromium`,
          `content ${formatMs(page.contentMs)}, ${page.domElements} DOM elements, ${page.heapMb.toFixed(1)} MB heap${page.errors.length ? `, errors: ${page.errors.join('; ')}` : ''}`,
          '< 3,000 elements, < 1 s',
        ]);
      }
      if (process.env.BENCH_TRACE) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const [cookieName, ...cookieValue] = coordinator.cookie.split('=');
        await context.addCookies([{ name: cookieName as string, value: cookieValue.join('='), url: base }]);
        const page = await context.newPage();
        await page.goto(`${base}/`);
        await page.waitForLoadState('networkidle');
        const t0 = performance.now();
        const seen: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/'))
            seen.push(`${(performance.now() - t0).toFixed(0).padStart(5)} ms  start  ${new URL(request.url()).pathname}`);
        });
        page.on('requestfinished', (request) => {
          const timing = request.timing();
          seen.push(
            `${(performance.now() - t0).toFixed(0).padStart(5)} ms  ${timing.responseEnd.toFixed(0).padStart(5)} ms  ${new URL(request.url()).pathname}${new URL(request.url()).search}`,
          );
        });
        await page.goto(`${base}/programs/${org.programId}`);
        await page.waitForLoadState('networkidle');
        log(`program page requests (since navigation, own duration):\n${seen.join('\n')}`);
        await context.close();
      }
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const [name, ...value] = coordinator.cookie.split('=');
        await context.addCookies([{ name: name as string, value: value.join('='), url: base }]);
        const page = await context.newPage();
        await page.goto(`${base}/programs/${org.programId}`);
        await page.getByRole('heading', { name: 'Enrolments' }).scrollIntoViewIfNeeded();
        await page.getByText(/Showing 50 of/).waitFor({ timeout: 30_000 });
        const file = path.join(dir, `program-page-${width}.png`);
        await page.getByText(/^Active: /).evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: file });
        log(`screenshot ${file}`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  }
  const width = Math.max(...table.map(([label]) => label.length));
  console.log(
    `\nPeople and enrolments at ${size.people} people, a ${size.mentees} x ${size.mentors} program, PostgreSQL, ${samples} samples per GET`,
  );
  for (const [label, value, target] of table) console.log(`${label.padEnd(width)}  ${value}${target ? `  (target ${target})` : ''}`);
} finally {
  await server?.stop();
  await handle.close();
  await database.drop();
}
