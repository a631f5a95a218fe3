import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { matchingHistogramBucketOf, matchingWarningKindOf, type MatchingWarningKind } from '../../../shared/schemas/matching.ts';
import type { DatabaseHandle } from '../database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { histogramBucketSql, warningKindSql } from './matching-run-summary.repository.ts';

// A run's totals are counted in JavaScript when it finishes and in SQL for runs stored before:
// both must put every warning and every score in the same place.
const warnings: Array<[string, MatchingWarningKind]> = [
  ['Locked by a coordinator although it breaks “Language”', 'locked'],
  ['approach mismatch: Ana expects advice, Bo offers questions', 'approach'],
  ['no shared working hours between their time zones', 'timeZone'],
  ['weak time-zone overlap: only 1 h of shared working time', 'timeZone'],
  ['no language in common', 'language'],
  ['little time: Bo has 2 hours a month, Ana asks for 6', 'availability'],
  ['Bo is less senior than Ana', 'seniority'],
  ['something new the engine says', 'other'],
  ['100%_match \\ odd', 'other'],
];
const scores = [-0.5, 0, 0.05, 0.1, 0.2, 0.29999999999999993, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1, 1.5];

describe('a run’s totals in SQL and in JavaScript agree', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openTestDatabase();
  });
  after(() => handle.close());

  test('every warning gets the same kind', async () => {
    for (const [text, kind] of warnings) {
      assert.equal(matchingWarningKindOf(text), kind, text);
      const result = (await handle.db.execute(sql`select ${warningKindSql(sql`${text}::text`)} as kind`)) as unknown as {
        rows: Array<{ kind: string }>;
      };
      assert.equal(result.rows[0]?.kind, kind, `SQL: ${text}`);
    }
  });

  test('every score falls in the same histogram bucket', async () => {
    for (const score of scores) {
      const result = (await handle.db.execute(sql`select ${histogramBucketSql(sql`${score}::float8`)} as bucket`)) as unknown as {
        rows: Array<{ bucket: number }>;
      };
      assert.equal(Number(result.rows[0]?.bucket), matchingHistogramBucketOf(score), `score ${score}`);
    }
  });
});
