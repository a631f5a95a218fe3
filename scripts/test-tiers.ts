// The three test tiers, as Immich has them, defined once by explicit globs:
// - unit: pure domain code and other tests that need neither a database nor a browser (seconds);
//   it runs under scripts/unit-tier-guard.ts, which refuses to load a database driver.
// - api: services, repositories, routes and command-line processes on a real database (PGlite by
//   default, PostgreSQL when DATABASE_URL is set).
// - e2e: browser journeys in headless Chromium.
// src/testing/test-tiers.test.ts checks that every test file falls in exactly one tier.
import { globSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TestTier = 'unit' | 'api' | 'e2e';

export const testTierNames: readonly TestTier[] = ['unit', 'api', 'e2e'];

/** Where test files may live; a `*.test.ts` anywhere else is in no tier (and the tier test fails). */
export const testFilesEverywhere = '{src,e2e,shared,scripts,bench,web/src}/**/*.test.ts';

const unitOutsideDomain = [
  'src/config.test.ts',
  'src/api/csv/csv-response.test.ts',
  'src/cli/match.command.test.ts',
  'src/services/matching/parallel-scoring.test.ts',
  'src/services/security/password-policy.test.ts',
  'src/testing/audit-dependencies.test.ts',
  'src/testing/http-client.test.ts',
  'src/testing/test-tiers.test.ts',
  'src/testing/time-watch.test.ts',
];

/** Each tier's globs (relative to the repository root); `exclude` takes files out of `include`. */
export const testTiers: Record<TestTier, { include: string[]; exclude: string[] }> = {
  unit: { include: ['src/domain/**/*.test.ts', ...unitOutsideDomain], exclude: [] },
  api: { include: ['src/**/*.test.ts'], exclude: ['src/domain/**/*.test.ts', ...unitOutsideDomain] },
  e2e: { include: ['e2e/**/*.test.ts'], exclude: [] },
};

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The test files of one tier, sorted, as paths relative to the repository root.
 *
 * @example testFilesOf('unit') // ['src/config.test.ts', 'src/domain/application.test.ts', ...]
 */
export function testFilesOf(tier: TestTier, root = repositoryRoot): string[] {
  const { include, exclude } = testTiers[tier];
  const excluded = new Set(exclude.flatMap((pattern) => matchFiles(pattern, root)));
  const files = new Set(include.flatMap((pattern) => matchFiles(pattern, root)).filter((file) => !excluded.has(file)));
  return [...files].sort();
}

/** Files matching one glob, relative to `root`, with forward slashes. */
export function matchFiles(pattern: string, root = repositoryRoot): string[] {
  return globSync(pattern, { cwd: root, exclude: (name) => name === 'node_modules' }).map((file) => file.split(path.sep).join('/'));
}
