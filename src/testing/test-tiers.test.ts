import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { matchFiles, repositoryRoot, testFilesEverywhere, testFilesOf, testTierNames } from '../../scripts/test-tiers.ts';

describe('test tiers (scripts/test-tiers.ts)', () => {
  test('every test file of the repository falls in exactly one tier', () => {
    const tiersOf = new Map<string, string[]>();
    for (const tier of testTierNames) {
      for (const file of testFilesOf(tier)) tiersOf.set(file, [...(tiersOf.get(file) ?? []), tier]);
    }
    const everyTestFile = matchFiles(testFilesEverywhere);
    assert.ok(everyTestFile.length > 100, `only ${everyTestFile.length} test files found`);
    const misplaced = everyTestFile
      .map((file) => ({ file, tiers: tiersOf.get(file) ?? [] }))
      .filter(({ tiers }) => tiers.length !== 1)
      .map(({ file, tiers }) => `${file}: ${tiers.length === 0 ? 'no tier' : tiers.join(' and ')}`);
    assert.deepEqual(misplaced, []);
    assert.deepEqual([...tiersOf.keys()].sort(), everyTestFile.sort());
  });

  test('the unit tier holds the domain tests, the api tier the route tests, the e2e tier the journeys', () => {
    assert.ok(testFilesOf('unit').includes('src/domain/matching/matching.test.ts'));
    assert.ok(testFilesOf('api').includes('src/api/programs/programs.routes.test.ts'));
    assert.ok(testFilesOf('e2e').includes('e2e/agreement-journey.test.ts'));
  });

  describe('the unit tier guard (scripts/unit-tier-guard.ts)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unit-tier-guard-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const guard = pathToFileURL(path.join(repositoryRoot, 'scripts/unit-tier-guard.ts')).href;

    /** Runs a module under the guard; `from` turns a repository path into an importable URL. */
    function runGuarded(source: (from: (file: string) => string) => string) {
      const file = path.join(dir, 'probe.ts');
      writeFileSync(
        file,
        source((target) => pathToFileURL(path.join(repositoryRoot, target)).href),
      );
      return spawnSync(process.execPath, [`--import=${guard}`, file], { encoding: 'utf8' });
    }

    test('refuses to open a database', () => {
      const run = runGuarded(
        (from) =>
          `import { openTestDatabase } from '${from('src/testing/test-database.ts')}';\nawait (await openTestDatabase()).close();\n`,
      );
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, /The unit tier needs no database, but .* loads (pg|@electric-sql\/pglite)/);
    });

    test('lets pure code run', () => {
      const run = runGuarded((from) => `import { limits } from '${from('shared/limits.ts')}';\nconsole.log(typeof limits);\n`);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout.trim(), 'object');
    });
  });
});
