import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import type { Database, DatabaseHandle } from '../db/database.ts';
import * as schema from '../db/schema/index.ts';

/**
 * The handle's database again, over the same connection, counting every statement sent through
 * it, in transactions too (drizzle's query logger sees each): a count that holds on a loaded
 * machine, to show that work is set-based. BEGIN and COMMIT are not counted.
 *
 * @example const counted = countedDatabase(t.handle); await work({ ...ctx, db: counted.db }); counted.statements();
 */
export function countedDatabase(handle: DatabaseHandle): { db: Database; statements: () => number } {
  let statements = 0;
  const logger = {
    logQuery: () => {
      statements += 1;
    },
  };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db =
    handle.dialect === 'pglite'
      ? (drizzlePglite(client as PGlite, { schema, logger }) as unknown as Database)
      : (drizzlePostgres(client as Pool, { schema, logger }) as unknown as Database);
  return { db, statements: () => statements };
}
