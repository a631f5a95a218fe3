import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/**
 * How long one statement of a request may run on PostgreSQL before the server cancels it
 * (DATABASE_STATEMENT_TIMEOUT_MS): a bad plan then costs a bounded amount instead of running
 * on after its client gave up. Embedded PGlite runs in the server's own thread and has no timer
 * to cancel with: there the timeout does not apply.
 */
export const defaultStatementTimeoutMs = 10_000;

/** What long background work (see withLongStatements) allows one statement instead: 30 minutes. */
export const longStatementTimeoutMs = 30 * 60_000;

/**
 * Lifts the request statement timeout for the rest of the open transaction `trx` (SET LOCAL, so
 * it ends with the transaction and never leaks to the pooled connection's next user). For long
 * background work only: storing a matching run, bulk enrolment, publishing, imports, restores.
 * Harmless on PGlite. Call it first thing inside the transaction.
 *
 * @example await db.transaction(async (trx) => { await withLongStatements(trx); await insertProposalBatches(trx, orgId, runId, batches); });
 */
export async function withLongStatements(trx: Database, timeoutMs = longStatementTimeoutMs): Promise<void> {
  await trx.execute(sql`select set_config('statement_timeout', ${String(timeoutMs)}, true)`);
}

/**
 * Whether `error` (or an error it wraps, as Drizzle wraps the driver's) is PostgreSQL cancelling
 * a statement that ran past statement_timeout (SQLSTATE 57014 with the timeout's message; a
 * cancel asked for by someone is the same code with another message).
 *
 * @example if (isStatementTimeout(error)) return c.json(errorBody('query_timeout', ...), 503);
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (code === '57014' && /statement timeout/i.test(current.message)) return true;
  }
  return false;
}
