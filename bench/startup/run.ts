// Start-up benchmark (`npm run bench:startup`): how long the command line takes to be useful,
// against bare `node -e 0` in the same run. Median of BENCH_RUNS runs (default 5) after one
// warm-up, and the median peak RSS. `serve` runs on a migrated PGlite folder, and on PostgreSQL
// when DATABASE_URL is set; `match` on the generated explicit-score cohort, set against scipy
// (bench/matching's external solvers) when python3 has scipy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCohort, fullSize, writeCohortFile } from './explicit-cohort.ts';
import { createScratchDatabase } from '../../src/testing/test-database.ts';
import { scipyFigures } from './scipy-match.ts';
import { cliBin, measure, type Sample } from './timed-process.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), 'constellation-bench-startup-'));
const rows: Array<{ name: string; sample: Sample }> = [];

const cli = (args: string[], env: Record<string, string | undefined> = {}) => ({ args: [cliBin, ...args], env });
const healthz = (port: number) => `http://127.0.0.1:${port}/healthz`;
async function record(name: string, run: Parameters<typeof measure>[0], times = runs): Promise<Sample> {
  const sample = await measure(run, times);
  rows.push({ name, sample });
  process.stderr.write(`  ${name}: ${sample.seconds.toFixed(3)} s\n`);
  return sample;
}

function migrate(env: Record<string, string | undefined>): void {
  const done = spawnSync(process.execPath, [cliBin, 'db', 'migrate'], {
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(`db migrate failed: ${done.stderr}`);
}

const baseline = await record('node -e 0 (baseline)', { args: ['-e', '0'] });
await record('constellation --help', cli(['--help']));
await record('constellation --help (compile cache off)', cli(['--help'], { NODE_DISABLE_COMPILE_CACHE: '1' }));
for (const command of ['serve', 'match', 'db migrate', 'import people', 'user create', 'backup']) {
  await record(`constellation ${command} --help`, cli([...command.split(' '), '--help']));
}

const serveEnv = { DATA_DIR: path.join(dir, 'data'), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: undefined };
migrate(serveEnv);
await record('constellation serve (PGlite, migrated) to /healthz 200', { ...cli(['serve'], serveEnv), readyUrl: healthz });
if (process.env.DATABASE_URL) {
  const database = await createScratchDatabase(path.join(dir, 'unused'));
  try {
    const env = { ...serveEnv, ...database.env };
    migrate(env);
    await record('constellation serve (PostgreSQL, migrated) to /healthz 200', { ...cli(['serve'], env), readyUrl: healthz });
  } finally {
    await database.drop();
  }
} else {
  process.stderr.write('  serve on PostgreSQL: skipped (set DATABASE_URL)\n');
}

process.stderr.write('Generating the explicit-score cohort...\n');
const cohort = generateCohort(fullSize);
const cohortFile = path.join(dir, 'cohort.json');
writeCohortFile(cohortFile, cohort);
const match = await record(
  `constellation match (${fullSize.mentees} mentees, ${fullSize.mentors} mentors, ${cohort.pairScore.length} pairs)`,
  cli(['match', '--input', cohortFile, '--output', path.join(dir, 'result.json')]),
  Math.min(runs, 3),
);

console.log(`\nStart-up on Node ${process.version}, ${runs} runs each (median after a warm-up), against node -e 0 in the same run`);
console.log('| command | seconds | x node -e 0 | peak RSS MiB | x node -e 0 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const { name, sample } of rows) {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  console.log(
    `| ${name} | ${sample.seconds.toFixed(3)} | ${ratio(sample.seconds, baseline.seconds)} | ${sample.peakMiB.toFixed(0)} | ${ratio(sample.peakMiB, baseline.peakMiB)} |`,
  );
}
console.log(`\n${scipyFigures(cohort, path.join(dir, 'cohort.graph'), match.seconds)}`);
rmSync(dir, { recursive: true, force: true });
