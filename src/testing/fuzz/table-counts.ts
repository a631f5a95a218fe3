import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';

/** Row counts of every table of the public schema, by table name. */
export type TableCounts = Record<string, number>;

/**
 * Counts the rows of every table in one statement, so a test can check after each request that a
 * refused one wrote nothing anywhere (not only in the tables it was expected to touch).
 *
 * @example const counter = await openTableCounter(db); const before = await counter.count();
 */
export async function openTableCounter(
  db: Database,
): Promise<{ tables: string[]; count: () => Promise<TableCounts>; writeMark: () => Promise<string> }> {
  const listed = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: Array<{ name: string }> };
  const tables = listed.rows.map((row) => row.name);
  const columns = sql.join(
    tables.map((table) => sql`(select count(*)::int from ${sql.identifier(table)}) as ${sql.identifier(table)}`),
    sql`, `,
  );
  const statement = sql`select ${columns}`;
  const count = async (): Promise<TableCounts> => {
    const result = (await db.execute(statement)) as unknown as { rows: TableCounts[] };
    return result.rows[0] ?? {};
  };
  return { tables, count, writeMark: () => writeMarkOf(db) };
}

/**
 * The next transaction id the server will hand out. Only a transaction that writes (or locks
 * rows) takes one, so an unchanged mark proves that nothing was written, at the cost of one tiny
 * query instead of counting every table. Read-only statements never move it.
 */
async function writeMarkOf(db: Database): Promise<string> {
  const result = (await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as mark`)) as unknown as {
    rows: Array<{ mark: string }>;
  };
  return result.rows[0]?.mark ?? '';
}

/** The tables whose counts differ between two snapshots, as `table: before -> after`. */
export function changedTables(before: TableCounts, after: TableCounts, ignored: readonly string[] = []): string[] {
  return Object.keys(after)
    .filter((table) => !ignored.includes(table) && before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} -> ${after[table]}`);
}
