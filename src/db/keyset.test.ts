import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DatabaseHandle } from './database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { DomainError } from '../domain/errors.ts';
import { keyset, keysetQuery, pageFrom, type Keyset } from './keyset.ts';

const rows = pgTable('keyset_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  score: integer('score').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const byName = keyset('name', [{ by: sql`lower(${rows.name})` }, { by: rows.id }]);
const byScoreDesc = keyset('score', [{ by: rows.score, direction: 'desc' }, { by: rows.id }]);
const byNewest = keyset('newest', [
  { by: rows.createdAt, direction: 'desc' },
  { by: rows.id, direction: 'desc' },
]);

describe('keyset paging', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openTestDatabase();
    await handle.db.execute(
      sql`create table keyset_rows (id uuid primary key default gen_random_uuid(), name text not null, score integer not null, created_at timestamptz not null default clock_timestamp())`,
    );
    // Ties on every key but the id, and timestamps to the microsecond.
    await handle.db.execute(sql`insert into keyset_rows (name, score) select 'Name ' || (g % 17), g % 5 from generate_series(1, 230) g`);
  });
  after(() => handle.close());

  async function ids(query: ReturnType<typeof sql>): Promise<string[]> {
    const result = (await handle.db.execute(query)) as unknown as { rows: Array<{ id: string }> };
    return result.rows.map((r) => r.id);
  }

  async function pageThrough(set: Keyset, limit: number, insertBetween: boolean): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 1000; guard++) {
      const page = keysetQuery(set, { limit, cursor });
      const fetched = await handle.db
        .select({ id: rows.id, cursorKey: page.cursorKey })
        .from(rows)
        .where(page.after)
        .orderBy(...page.orderBy)
        .limit(page.fetch);
      const result = pageFrom(fetched, { limit }, set);
      assert.ok(result.items.length <= limit);
      seen.push(...result.items.map((r) => r.id));
      if (insertBetween) await handle.db.execute(sql`insert into keyset_rows (name, score) values ('Name 3', 2), ('aaa', 4), ('zzz', 0)`);
      if (result.nextCursor === null) return seen;
      cursor = result.nextCursor;
    }
    throw new Error('paging did not end');
  }

  for (const set of [byName, byScoreDesc, byNewest]) {
    it(`${set.name}: no row twice or missing across pages, while rows are inserted`, async () => {
      const before = await ids(sql`select id from keyset_rows`);
      const seen = await pageThrough(set, 7, true);
      assert.equal(new Set(seen).size, seen.length, 'a row came twice');
      for (const id of before) assert.ok(seen.includes(id), `row ${id} was missed`);
    });
  }

  it('pages in the order itself', async () => {
    const all = await pageThrough(byScoreDesc, 11, false);
    const ordered = await ids(sql`select id from keyset_rows order by score desc, id asc`);
    assert.deepEqual(all, ordered);
  });

  it('refuses a cursor of another order, and one that was not made by a list, naming the field', () => {
    const page = pageFrom(
      [
        { id: 'a', cursorKey: '[1, "x"]' },
        { id: 'b', cursorKey: '[2, "y"]' },
      ],
      { limit: 1 },
      byScoreDesc,
    );
    assert.ok(page.nextCursor);
    for (const cursor of [page.nextCursor, 'bm90LWpzb24', Buffer.from('["name",1]').toString('base64url')]) {
      assert.throws(
        () => keysetQuery(byName, { limit: 5, cursor }),
        (error: unknown) => error instanceof DomainError && JSON.stringify(error.details).includes('"cursor"'),
      );
    }
  });
});
