import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

type PlanNode = {
  'Node Type': string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
};

function examined(node: PlanNode): number {
  const perLoop =
    (node['Actual Rows'] ?? 0) +
    (node['Rows Removed by Filter'] ?? 0) +
    (node['Rows Removed by Join Filter'] ?? 0) +
    (node['Rows Removed by Index Recheck'] ?? 0);
  const own = perLoop * (node['Actual Loops'] ?? 1);
  return own + (node.Plans ?? []).reduce((sum, child) => sum + examined(child), 0);
}

/**
 * Runs `query` under EXPLAIN ANALYZE and counts the rows its plan touched: every node's rows
 * out plus the rows its filters threw away, times its loops. A count, not a time, so a test can
 * tell a plan that grows with what it returns from one that scans a table per row (a shared
 * machine makes times useless for that), on PGlite and PostgreSQL alike.
 *
 * @example assert.ok((await countExaminedRows(db, query)).examined < 20 * enrolled);
 */
export async function countExaminedRows(db: Database, query: SQL): Promise<{ examined: number; plan: string }> {
  const result = (await db.execute(sql`explain (analyze, format json) ${query}`)) as unknown as {
    rows: Array<{ 'QUERY PLAN': unknown }>;
  };
  const raw = result.rows[0]?.['QUERY PLAN'];
  const document = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
  const root = document[0]?.Plan;
  if (!root) throw new Error('EXPLAIN gave no plan');
  return { examined: examined(root), plan: JSON.stringify(root) };
}
