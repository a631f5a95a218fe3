import { openDatabase } from '../db/connection.ts';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * A second handle on a PostgreSQL test database (`location` of an openTestDatabase handle),
 * whose statements are cancelled after `statementTimeoutMs`, as the server's are after
 * DATABASE_STATEMENT_TIMEOUT_MS. Undefined on PGlite, which has no statement timeout.
 *
 * @example const short = await openShortTimeoutDatabase(handle, 300, 1);
 */
export async function openShortTimeoutDatabase(
  handle: DatabaseHandle,
  statementTimeoutMs: number,
  poolSize = 2,
): Promise<DatabaseHandle | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || handle.dialect !== 'postgres') return undefined;
  const url = new URL(serverUrl);
  url.pathname = `/${handle.location}`;
  return openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', poolSize, statementTimeoutMs });
}
