import { sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';

/** The database or an open transaction: backups read and restores write inside one. */
type Queryable = Database | Transaction;

/** The schema the application's tables live in; migrations bookkeeping lives in `drizzle`. */
const APP_SCHEMA = 'public';

/** Which migrations a database has applied: their number and the timestamp of the last one. */
export type MigrationLevel = { count: number; last: string };

/** One table to copy: its name and the columns a restore writes (generated columns excluded). */
export type BackupTable = { name: string; columns: string[] };

async function rowsOf<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** The applied migration level, read from drizzle's bookkeeping table. */
export async function readMigrationLevel(db: Queryable): Promise<MigrationLevel> {
  const [row] = await rowsOf<{ count: number; last: string | null }>(
    db,
    sql`select count(*)::int as count, coalesce(max(created_at), 0)::text as last from drizzle.__drizzle_migrations`,
  );
  return { count: row?.count ?? 0, last: row?.last ?? '0' };
}

/**
 * Every application table, discovered from the catalog (a table added by a later migration is
 * copied without changing this code), parents before children so foreign keys hold on insert.
 * Derived tables (commented `derived: …`, kept by triggers from other tables) are left out unless
 * asked for: a restore rebuilds them as it inserts their sources.
 */
export async function listTablesInDependencyOrder(db: Queryable, options: { derived?: boolean } = {}): Promise<BackupTable[]> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${APP_SCHEMA} and c.relkind in ('r', 'p') and not c.relispartition
          and (${options.derived === true} or coalesce(obj_description(c.oid, 'pg_class'), '') not like 'derived:%')
        order by c.relname`,
  );
  const columns = await rowsOf<{ table: string; column: string }>(
    db,
    sql`select c.relname as table, a.attname as column from pg_attribute a
        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${APP_SCHEMA} and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const edges = await rowsOf<{ child: string; parent: string }>(
    db,
    sql`select child.relname as child, parent.relname as parent from pg_constraint k
        join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        where k.contype = 'f' and n.nspname = ${APP_SCHEMA} and k.conrelid <> k.confrelid`,
  );
  const order = sortParentsFirst(
    tables.map((table) => table.name),
    edges,
  );
  return order.map((name) => ({ name, columns: columns.filter((column) => column.table === name).map((column) => column.column) }));
}

function sortParentsFirst(names: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const sorted: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, 'visiting');
    for (const edge of edges) if (edge.child === name) visit(edge.parent);
    state.set(name, 'done');
    sorted.push(name);
  };
  for (const name of names) visit(name);
  return sorted;
}

/** Row counts per table, for progress reports. */
export async function countTableRows(db: Queryable, table: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row?.n ?? 0;
}

/** Whether any application table holds a row. */
export async function findNonEmptyTables(db: Queryable, tables: BackupTable[]): Promise<string[]> {
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = await rowsOf<{ filled: boolean }>(db, sql`select exists (select 1 from ${sql.identifier(table.name)}) as filled`);
    if (row?.filled) filled.push(table.name);
  }
  return filled;
}

/**
 * Reads a table's rows as JSON text (the server's own encoding of every type, which
 * `insertTableRows` turns back into the same values), a page at a time through a cursor.
 * Must run inside a transaction.
 */
export async function* readTableRows(trx: Transaction, table: string, pageSize = 1000): AsyncGenerator<string[]> {
  await trx.execute(sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as row from ${sql.identifier(table)} t`);
  try {
    for (;;) {
      const page = await rowsOf<{ row: string }>(trx, sql.raw(`fetch forward ${Math.trunc(pageSize)} from backup_rows`));
      if (page.length === 0) return;
      yield page.map((entry) => entry.row);
    }
  } finally {
    await trx.execute(sql`close backup_rows`);
  }
}

/** Inserts rows given as JSON text of `readTableRows`, converting each value to its column's type. */
export async function insertTableRows(trx: Transaction, table: BackupTable, rowsJson: string[]): Promise<void> {
  if (rowsJson.length === 0) return;
  const columns = sql.join(
    table.columns.map((column) => sql.identifier(column)),
    sql`, `,
  );
  const name = sql.identifier(table.name);
  await trx.execute(
    sql`insert into ${name} (${columns}) overriding system value
        select ${columns} from json_populate_recordset(null::${name}, ${`[${rowsJson.join(',')}]`}::json)`,
  );
}

/** Empties every application table (restore --force). */
export async function truncateTables(trx: Transaction, tables: BackupTable[]): Promise<void> {
  if (tables.length === 0) return;
  const names = sql.join(
    tables.map((table) => sql.identifier(table.name)),
    sql`, `,
  );
  await trx.execute(sql`truncate table ${names} restart identity cascade`);
}

/** Moves every sequence owned by an application column past the restored rows. */
export async function resetSequences(trx: Transaction): Promise<void> {
  const owned = await rowsOf<{ table: string; column: string; sequence: string }>(
    trx,
    sql`select c.relname as table, a.attname as column, s.oid::regclass::text as sequence from pg_depend d
        join pg_class s on s.oid = d.objid and s.relkind = 'S'
        join pg_class c on c.oid = d.refobjid join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
        where n.nspname = ${APP_SCHEMA} and d.deptype in ('a', 'i')`,
  );
  for (const { table, column, sequence } of owned) {
    await trx.execute(
      sql`select setval(${sequence}::regclass, coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
    );
  }
}
