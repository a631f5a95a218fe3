import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Page, PageQuery } from '../../shared/schemas/paging.ts';
import { invalidInput } from '../domain/errors.ts';

/** One part of a list's order: a column or expression and its direction. */
export type KeyPart = { by: AnyColumn | SQL; direction?: 'asc' | 'desc' };

/**
 * A list's order, named (the name travels in the cursor, so a cursor of one order is refused by
 * another). The last part must make the order total, in practice the row's `id`.
 *
 * @example const byName = keyset('name', [{ by: sql`lower(${people.displayName})` }, { by: people.id }]);
 */
export type Keyset = { name: string; parts: KeyPart[] };

export function keyset(name: string, parts: KeyPart[]): Keyset {
  return { name, parts };
}

type KeyValue = string | number | boolean | null;

/**
 * What a paged query adds to its select, where and order by, and how many rows it fetches (one
 * more than the page, to know whether another page follows).
 *
 * @example
 * const page = keysetQuery(byName, query);
 * const rows = await db.select({ ...getTableColumns(people), cursorKey: page.cursorKey })
 *   .from(people).where(and(eq(people.organizationId, orgId), page.after)).orderBy(...page.orderBy).limit(page.fetch);
 * return pageFrom(rows, query, byName);
 */
export function keysetQuery(
  set: Keyset,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): { after: SQL | undefined; orderBy: SQL[]; fetch: number; cursorKey: SQL<string> } {
  const values = query.cursor === undefined ? undefined : decodeCursor(query.cursor, set);
  return {
    after: values === undefined ? undefined : afterValues(set.parts, values),
    orderBy: set.parts.map((part) => (part.direction === 'desc' ? sql`${part.by} desc` : sql`${part.by} asc`)),
    fetch: query.limit + 1,
    // The key is read back as the database writes it (timestamps to the microsecond, floats exactly).
    cursorKey: sql<string>`json_build_array(${sql.join(
      set.parts.map((part) => part.by),
      sql`, `,
    )})::text`,
  };
}

/** The page from the rows of a keysetQuery (fetched one past the page): the rows without their key, and the next cursor. */
export function pageFrom<Row extends { cursorKey: string }>(
  rows: Row[],
  query: Pick<PageQuery, 'limit'>,
  set: Keyset,
): Page<Omit<Row, 'cursorKey'>> {
  const items = rows.slice(0, query.limit).map(({ cursorKey: _key, ...row }) => row);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(set, JSON.parse(last.cursorKey) as KeyValue[]) : null };
}

/** A cursor: the order's name and the last row's key, as base64url JSON (opaque to callers). */
export function encodeCursor(set: Keyset, values: KeyValue[]): string {
  return Buffer.from(JSON.stringify([set.name, ...values]), 'utf8').toString('base64url');
}

function badCursor(): never {
  throw invalidInput([{ field: 'cursor', message: 'must be a nextCursor given by this list, with the same sort' }]);
}

/** The key a cursor carries, or a 422 naming `cursor` when it was not made by this order. */
export function decodeCursor(cursor: string, set: Keyset): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== set.parts.length + 1 || parsed[0] !== set.name) badCursor();
  const values = parsed.slice(1) as unknown[];
  if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) badCursor();
  if (values.some((v) => typeof v === 'string' && v.length > 300)) badCursor();
  return values as KeyValue[];
}

/**
 * Rows after the key, in the order's sense. One direction throughout: a row comparison, which an
 * index on the same columns serves. Mixed directions: the lexicographic expansion.
 */
function afterValues(parts: KeyPart[], values: KeyValue[]): SQL {
  const param = (i: number) => sql`${values[i] ?? null}`;
  const direction = parts[0]?.direction ?? 'asc';
  if (parts.every((p) => (p.direction ?? 'asc') === direction)) {
    const left = sql.join(
      parts.map((p) => sql`${p.by}`),
      sql`, `,
    );
    const right = sql.join(
      parts.map((_, i) => param(i)),
      sql`, `,
    );
    return direction === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
  }
  const alternatives = parts.map((part, i) => {
    const equalBefore = parts.slice(0, i).map((p, k) => sql`${p.by} = ${param(k)}`);
    const beyond = part.direction === 'desc' ? sql`${part.by} < ${param(i)}` : sql`${part.by} > ${param(i)}`;
    return sql.join([...equalBefore, beyond], sql` and `);
  });
  return sql`(${sql.join(
    alternatives.map((a) => sql`(${a})`),
    sql` or `,
  )})`;
}

/** A `q` as an ILIKE pattern that matches it anywhere, its own % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
