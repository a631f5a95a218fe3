// `npm test`: the whole suite (unit, api on a real database, end-to-end in Chromium).
// `npm run test:unit|test:api|test:e2e`: one tier (scripts/test-tiers.ts says which file is where).
// `node scripts/test.ts path/or/glob ...`: just those files.
// Runs on embedded PGlite by default and on PostgreSQL when DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildWebIfStale } from './build-web-if-stale.ts';
import { repositoryRoot, type TestTier, testFilesOf, testTierNames } from './test-tiers.ts';

const args = process.argv.slice(2);
const tierArgument = args.find((arg) => arg.startsWith('--tier='))?.slice('--tier='.length);
const patterns = args.filter((arg) => !arg.startsWith('--tier='));
if (tierArgument !== undefined && !testTierNames.includes(tierArgument as TestTier)) {
  console.error(`Unknown test tier "${tierArgument}": choose one of ${testTierNames.join(', ')}.`);
  process.exit(2);
}
const tier = tierArgument as TestTier | undefined;
if (tier !== undefined && patterns.length > 0) {
  console.error('Give either --tier=<name> or file patterns, not both.');
  process.exit(2);
}

const database = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : 'embedded PGlite';
const scope = tier ? `${tier} tier` : patterns.length > 0 ? patterns.join(' ') : 'whole suite';
console.log(`Constellation tests (${scope}) on ${database}, Node ${process.version}`);

// The browser and the built web app are needed only where browser journeys may run.
if (tier === undefined || tier === 'e2e') {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
}

const files = tier ? testFilesOf(tier) : patterns.length > 0 ? patterns : testTierNames.flatMap((name) => testFilesOf(name));
const env: NodeJS.ProcessEnv = { ...process.env, TEST_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' };
if (tier === 'unit') {
  const guard = pathToFileURL(`${repositoryRoot}scripts/unit-tier-guard.ts`).href;
  env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${guard}`.trim();
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  // Tier files are relative to the repository root; patterns to where the command was typed.
  cwd: patterns.length > 0 ? process.cwd() : repositoryRoot,
  env,
});
process.exit(result.status ?? 1);
