import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/connection.ts';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * created on the PostgreSQL server named by DATABASE_URL (dropped again on close), so test runs
 * never see each other's rows.
 *
 * @example const handle = await openTestDatabase(); after(() => handle.close());
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await handle.migrate();
    return handle;
  }
  const name = `constellation_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://' });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await runOnServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Where a spawned process (the CLI, the server) should keep its data for one test: a new
 * PGlite folder, or a new database on the DATABASE_URL server. `drop` removes it.
 */
export async function createScratchDatabase(dataDir: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: { DATA_DIR: dataDir }, drop: async () => undefined };
  const name = `constellation_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: () => runOnServer(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
