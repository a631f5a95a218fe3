import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';
import type { Database, DatabaseHandle } from './database.ts';
import { migratePgliteDatabase, migratePostgresPool } from './migrate.ts';
import type { PgliteDatabase } from 'drizzle-orm/pglite';

export type ConnectionOptions = {
  /** A postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** The data folder for PGlite; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** Connections kept open to PostgreSQL (default 10); PGlite has one. */
  poolSize?: number | undefined;
};

/**
 * Opens the embedded PGlite database (default) or a PostgreSQL server through `pg`.
 *
 * @example const handle = await openDatabase({ dataDir: './data' });
 */
export async function openDatabase(options: ConnectionOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir === 'memory://';
  const location = inMemory ? dataDir : path.join(dataDir, 'pglite');
  if (!inMemory) mkdirSync(location, { recursive: true });
  const client = inMemory ? new PGlite() : new PGlite(location);
  await client.waitReady;
  const pgliteDb = drizzlePglite(client, { schema });
  const db = pgliteDb as unknown as Database;
  return {
    db,
    dialect: 'pglite',
    location,
    migrate: () => migratePgliteDatabase(pgliteDb as unknown as PgliteDatabase),
    isHealthy: () => answersTrivialQuery(db),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function answersTrivialQuery(db: Database): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // A pool error (server restarted, connection dropped) must not crash the process.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const db = drizzlePostgres(pool, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    location: new URL(databaseUrl).pathname.slice(1),
    migrate: () => migratePostgresPool(pool),
    isHealthy: () => answersTrivialQuery(db),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
