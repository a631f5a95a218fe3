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
  /**
   * PostgreSQL only: how long one statement may run before the server cancels it (0 or absent:
   * no limit). The server passes DATABASE_STATEMENT_TIMEOUT_MS; long background work lifts it
   * inside its transaction with withLongStatements. Migrations run without it.
   */
  statementTimeoutMs?: number | undefined;
};

/**
 * Opens the embedded PGlite database (default) or a PostgreSQL server through `pg`.
 *
 * @example const handle = await openDatabase({ dataDir: './data' });
 */
export async function openDatabase(options: ConnectionOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.statementTimeoutMs ?? 0);
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
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function answersTrivialQuery(db: Database): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}

async function openPostgres(databaseUrl: string, poolSize: number, statementTimeoutMs: number): Promise<DatabaseHandle> {
  // Sent at connection start-up, so every statement on every pooled connection is bounded.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, statement_timeout: statementTimeoutMs });
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
    migrate: () => migrateWithoutTimeout(databaseUrl),
    isHealthy: () => answersTrivialQuery(db),
    listen: (channel, onNotify) => listenOnOwnConnection(databaseUrl, channel, onNotify),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** LISTEN holds its connection for good: it gets one of its own, not one of the pool's. A lost one stops only the wake-ups. */
async function listenOnOwnConnection(databaseUrl: string, channel: string, onNotify: () => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  client.on('notification', (message) => {
    if (message.channel === channel) onNotify();
  });
  await client.connect();
  await client.query(`listen ${pg.escapeIdentifier(channel)}`);
  return () => client.end().catch(() => undefined);
}

/** Migrations may rebuild large tables: they run on a connection of their own, without the statement timeout. */
async function migrateWithoutTimeout(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  try {
    await migratePostgresPool(pool);
  } finally {
    await pool.end();
  }
}
