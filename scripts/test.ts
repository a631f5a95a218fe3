// `npm test`: the whole suite (unit, integration on a real database, end-to-end in Chromium).
// Runs on embedded PGlite by default and on PostgreSQL when DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { buildWebIfStale } from './build-web-if-stale.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const database = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : 'embedded PGlite';
console.log(`Constellation test suite on ${database}, Node ${process.version}`);

if (!existsSync(chromium)) {
  const help = 'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).';
  if (process.env.CI === 'true') {
    console.error(`Chromium is missing at ${chromium}; browser tests cannot run in CI. ${help}`);
    process.exit(1);
  }
  console.warn(`Chromium is missing at ${chromium}: browser tests will be skipped. ${help}`);
}

buildWebIfStale();
mkdirSync('test-results', { recursive: true });

const patterns = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src/**/*.test.ts', 'e2e/**/*.test.ts'];
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...patterns], {
  stdio: 'inherit',
  env: { ...process.env, TEST_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' },
});
process.exit(result.status ?? 1);
