import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliBin } from '../testing/cli-process.ts';

const preload = fileURLToPath(new URL('./loaded-modules.preload.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'constellation-help-'));

/** Code only a running command needs: none of it may load for `--help`. */
const heavy = [
  /node_modules\/(@electric-sql\/pglite|drizzle-orm|pg|hono|@hono|pino|@node-rs|@zxcvbn-ts|cli-progress|csv-parse)\//,
  /\/src\/(db|services|api|jobs|domain)\//,
  /\/src\/cli\/with-runtime\.ts$/,
  /\.action\.ts$/,
];

/** Runs `constellation ARGS` and returns the URLs of the modules it loaded. */
function modulesLoadedBy(args: string[]): string[] {
  const file = path.join(dir, `${args.join('-')}.txt`);
  const run = spawnSync(process.execPath, ['--import', preload, cliBin, ...args], {
    env: { ...process.env, LOADED_MODULES_FILE: file },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Usage: constellation/);
  return readFileSync(file, 'utf8').trim().split('\n');
}

describe('constellation --help starts at once', () => {
  const helps = [
    [],
    ['serve'],
    ['db', 'migrate'],
    ['seed'],
    ['org', 'create'],
    ['user', 'create'],
    ['import', 'people'],
    ['enrol'],
    ['match'],
    ['backup'],
    ['restore'],
  ];
  for (const command of helps) {
    test(`constellation ${[...command, '--help'].join(' ')} loads only the command declarations`, () => {
      const loaded = modulesLoadedBy([...command, '--help']);
      assert.ok(loaded.some((url) => url.endsWith('/src/cli/main.ts')));
      const pulledIn = loaded.filter((url) => heavy.some((pattern) => pattern.test(url)));
      assert.deepEqual(pulledIn, []);
    });
  }
});
