import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

/** Tables tests count rows in, to prove that a refused request wrote nothing. */
export type CountedTable = 'people' | 'invitations' | 'programs' | 'enrolments' | 'sessions' | 'mentor_requests';

/** @example assert.equal(await countRows(db, 'programs'), before) */
export async function countRows(db: Database, table: CountedTable, where = sql`true`): Promise<number> {
  const result = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`)) as unknown as {
    rows: Array<{ n: number }>;
  };
  return result.rows[0]?.n ?? 0;
}
