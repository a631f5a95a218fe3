import type { Database } from '../db/database.ts';

type QueryingClient = { query: (...args: unknown[]) => Promise<unknown> };

/**
 * Runs `work` and counts the rows the database sent back to this process meanwhile (every query
 * through `db`'s driver, PGlite or a PostgreSQL pool), to show that a request reads what it
 * answers rather than the program it answers about. A count, not a time, so it holds on a loaded
 * machine. Run nothing else on `db` at the same time.
 *
 * @example const { rows } = await countRowsRead(t.handle.db, () => call(t.app, 'GET', url, undefined, { cookie }));
 */
export async function countRowsRead<T>(db: Database, work: () => Promise<T>): Promise<{ result: T; rows: number; queries: number }> {
  const client = (db as unknown as { $client: QueryingClient }).$client;
  const own = Object.hasOwn(client, 'query');
  const original = client.query;
  let rows = 0;
  let queries = 0;
  client.query = async function countingQuery(this: unknown, ...args: unknown[]) {
    const answer = await original.apply(client, args);
    queries += 1;
    const returned = (answer as { rows?: unknown[] } | undefined)?.rows;
    if (Array.isArray(returned)) rows += returned.length;
    return answer;
  };
  try {
    return { result: await work(), rows, queries };
  } finally {
    if (own) client.query = original;
    else delete (client as Partial<QueryingClient>).query;
  }
}
