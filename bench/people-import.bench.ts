// People import benchmark: generates a 50,000-row HR export, imports it through the streaming
// service path (as the CLI does) and prints rows/second, total time and memory; as a baseline in
// the same run, the time to parse and validate the same file without touching the database.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connection.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { openPeopleCsv } from '../src/services/import/csv-people-reader.ts';
import { importPeople } from '../src/services/import/people-import.service.ts';
import { createOrganization } from '../src/services/organization.service.ts';
import { openTestDatabase } from '../src/testing/test-database.ts';

const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const dir = mkdtempSync(path.join(tmpdir(), 'constellation-import-bench-'));
const file = path.join(dir, 'people.csv');

const zones = ['Europe/Lisbon', 'America/New_York', 'Asia/Tokyo', 'Africa/Lagos', 'Australia/Sydney', 'America/Sao_Paulo'];
const departments = ['Engineering', 'Product', 'Finance', 'People', 'Sales', 'Legal', 'Operations', 'Design'];
const languages = ['English', 'Portuguese', 'Japanese', 'Yoruba', 'Spanish', 'French'];

async function writeCsv(): Promise<void> {
  const out = createWriteStream(file);
  out.write('\uFEFFWork Email;Employee Name;Job Title;Dept;Manager Email;Time Zone;Grade;Office;Languages;Expertise\r\n');
  for (let i = 0; i < rowCount; i++) {
    // Every tenth person manages the next nine: supervisors are rows of the same file.
    const manager = i % 10 === 0 ? (i === 0 ? '' : 'employee0@bench.example') : `employee${i - (i % 10)}@bench.example`;
    const line = [
      `employee${i}@bench.example`,
      `Employee ${i}`,
      i % 7 === 0 ? '"Engineer; Platform\r\n(remote)"' : 'Engineer',
      departments[i % departments.length],
      manager,
      zones[i % zones.length],
      String((i % 20) + 1),
      'Lisbon',
      `${languages[i % languages.length]}|${languages[(i + 1) % languages.length]}`,
      'TypeScript|SQL|Coaching',
    ].join(';');
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function openBenchDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return openTestDatabase();
  const handle = await openDatabase({ dataDir: path.join(dir, 'data') });
  await handle.migrate();
  return handle;
}

/** Runs `work` while sampling memory; returns seconds, peak RSS and heap growth in MB. */
async function measure(work: () => Promise<unknown>): Promise<{ seconds: number; peakRssMb: number; heapGrowthMb: number }> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { seconds, peakRssMb: peakRss / 2 ** 20, heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

await writeCsv();
const handle = await openBenchDatabase();
const ctx: ServiceContext = {
  db: handle.db,
  secret: 'bench-secret-bench-secret-bench-secret-0123',
  now: () => new Date(),
  logger: createLogger('silent'),
  sessionTtlDays: 14,
};
const organization = await createOrganization(ctx, { name: 'Bench Org', slug: 'bench-import' });
try {
  const baseline = await measure(async () => {
    const csv = await openPeopleCsv({ path: file });
    let valid = 0;
    for await (const row of csv.rows) if ('person' in row.result) valid += 1;
    if (valid !== rowCount) throw new Error(`baseline: ${valid} valid rows of ${rowCount}`);
  });
  let report = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const first = await measure(async () => (report = await importPeople(ctx, organization.id, { path: file }, { skipInvalidRows: false })));
  if (report.created !== rowCount) throw new Error(`first import created ${report.created} of ${rowCount}`);
  const second = await measure(async () => (report = await importPeople(ctx, organization.id, { path: file }, { skipInvalidRows: false })));
  if (report.unchanged !== rowCount) throw new Error(`second import left ${report.unchanged} of ${rowCount} unchanged`);

  const mb = (statSync(file).size / 2 ** 20).toFixed(1);
  console.log(`People import on ${handle.dialect}: ${rowCount} rows (${mb} MB CSV), streamed from a file, batches of 500`);
  console.table(
    [
      ['parse + validate only (baseline)', baseline],
      ['import: all created', first],
      ['import again: all unchanged', second],
    ].map(([name, figures]) => {
      const f = figures as typeof first;
      return {
        run: name,
        seconds: f.seconds.toFixed(2),
        'rows/s': Math.round(rowCount / f.seconds),
        'x baseline': (f.seconds / baseline.seconds).toFixed(1),
        'peak RSS MB': f.peakRssMb.toFixed(0),
        'heap growth MB': f.heapGrowthMb.toFixed(1),
      };
    }),
  );
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
