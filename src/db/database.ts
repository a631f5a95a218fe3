import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/**
 * The query interface every repository function takes first: the database itself or an open
 * transaction, so the caller (a service) owns the transaction.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Dialect = 'pglite' | 'postgres';

/** An open database, its dialect, and how to close it cleanly. */
export type DatabaseHandle = {
  db: Database;
  dialect: Dialect;
  /** Where the data lives, for logs: a folder for PGlite, the database name for PostgreSQL. */
  location: string;
  /** Applies committed migrations that have not run yet. */
  migrate: () => Promise<void>;
  /** Whether the database answers a trivial query now (for /healthz). */
  isHealthy: () => Promise<boolean>;
  /**
   * Calls `onNotify` on each NOTIFY on `channel` (PostgreSQL: on a connection of its own, outside
   * the pool; PGlite: its own listen). Returns the function that stops listening.
   */
  listen: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};
