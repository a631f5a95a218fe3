import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { ConstellationApp } from '../api/app.ts';
import { call } from './http-client.ts';

type PageBody = { items: Array<{ id: string }>; nextCursor: string | null };

/**
 * Pages through a list route to its end, `limit` rows at a time, and answers the ids in the order
 * they came. `between` runs after each page (to insert rows while paging). Fails on a page over
 * the limit or a list that does not end.
 *
 * @example const ids = await pageThrough(t.app, `/api/v1/programs/${id}/relationships?sort=started`, cookie, ProgramRelationshipPageSchema, 3);
 */
export async function pageThrough<S extends z.ZodType<PageBody>>(
  app: ConstellationApp,
  path: string,
  cookie: string,
  schema: S,
  limit: number,
  between?: () => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const separator = path.includes('?') ? '&' : '?';
    const url = `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const { body } = await call(app, 'GET', url, undefined, { schema, cookie });
    const page = body as PageBody;
    assert.ok(page.items.length <= limit, `a page of ${page.items.length} rows over the limit ${limit}`);
    seen.push(...page.items.map((row) => row.id));
    if (between) await between();
    if (page.nextCursor === null) return seen;
    cursor = page.nextCursor;
  }
  throw new Error(`paging ${path} did not end`);
}

/** Every id once: none twice, and every expected one present. */
export function assertEveryRowOnce(seen: string[], expected: readonly string[], what: string): void {
  assert.equal(new Set(seen).size, seen.length, `${what}: a row came twice`);
  for (const id of expected) assert.ok(seen.includes(id), `${what}: row ${id} was missed`);
}
