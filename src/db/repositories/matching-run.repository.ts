import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { matchingProposals, matchingRuns } from '../schema/index.ts';

export type MatchingRunRow = typeof matchingRuns.$inferSelect;
export type MatchingProposalRow = typeof matchingProposals.$inferSelect;
export type NewProposal = Omit<MatchingProposalRow, 'id' | 'organizationId' | 'runId'>;

export async function insertMatchingRun(
  db: Database,
  organizationId: string,
  values: {
    programId: string;
    policy: MatchingRunRow['policy'];
    mode: MatchingRunRow['mode'];
    minimumScore: number | null;
    createdById: string;
  },
): Promise<MatchingRunRow> {
  const [row] = await db
    .insert(matchingRuns)
    .values({ ...values, organizationId, status: 'running' })
    .returning();
  if (!row) throw new Error('insert into matching_runs returned no row');
  return row;
}

export async function findMatchingRun(db: Database, organizationId: string, runId: string): Promise<MatchingRunRow | undefined> {
  const [row] = await db
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId)));
  return row;
}

export async function findLatestMatchingRun(db: Database, organizationId: string, programId: string): Promise<MatchingRunRow | undefined> {
  const [row] = await db
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programId, programId)))
    .orderBy(desc(matchingRuns.createdAt), desc(matchingRuns.id))
    .limit(1);
  return row;
}

export async function updateMatchingRun(
  db: Database,
  organizationId: string,
  runId: string,
  changes: Partial<Pick<MatchingRunRow, 'status' | 'progress' | 'summary' | 'unmatched' | 'error' | 'finishedAt'>>,
): Promise<void> {
  await db
    .update(matchingRuns)
    .set(changes)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId)));
}

/** Marks a proposed run published, once: false when it was not (or no longer) a proposal. */
export async function markRunPublished(db: Database, organizationId: string, runId: string): Promise<boolean> {
  const rows = await db
    .update(matchingRuns)
    .set({ status: 'published' })
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId), eq(matchingRuns.status, 'proposed')))
    .returning({ id: matchingRuns.id });
  return rows.length === 1;
}

/** Proposals per insert: one jsonb parameter each, so a batch costs one short statement to build and parse. */
export const PROPOSALS_PER_INSERT = 2500;

/**
 * A batch of proposals as the insert reads it (`insertProposalBatches`): JSON text, made where
 * the proposals are (a run's worker thread), so the main thread holds strings, not 20,000 objects.
 */
export function proposalBatchJson(proposals: readonly NewProposal[]): string {
  return JSON.stringify(
    proposals.map((p) => ({
      mentee_id: p.menteeId,
      mentor_id: p.mentorId,
      score: p.score,
      reasons: p.reasons,
      contributions: p.contributions,
      warnings: p.warnings,
      locked: p.locked,
    })),
  );
}

/**
 * Stores a run's proposals, each batch (`proposalBatchJson`) one statement reading one jsonb
 * parameter (`jsonb_to_recordset`) rather than thousands of placeholders: 20,000 proposals are
 * eight short statements, sent one after the other on the caller's connection.
 */
export async function insertProposalBatches(
  db: Database,
  organizationId: string,
  runId: string,
  batches: readonly string[],
): Promise<void> {
  for (const json of batches) {
    await db.execute(sql`
      insert into matching_proposals (organization_id, run_id, mentee_id, mentor_id, score, reasons, contributions, warnings, locked)
      select ${organizationId}::uuid, ${runId}::uuid, r.mentee_id, r.mentor_id, r.score, r.reasons, r.contributions, r.warnings, r.locked
      from jsonb_to_recordset(${json}::jsonb)
        as r(mentee_id uuid, mentor_id uuid, score double precision, reasons jsonb, contributions jsonb, warnings jsonb, locked boolean)`);
  }
}

/** Refreshes the proposals table's planner statistics after a large run was stored. */
export async function analyzeProposals(db: Database): Promise<void> {
  await db.execute(sql`analyze matching_proposals`);
}

/** A run's proposed pairs, ids only (publishing reads no explanation). */
export async function listProposedPairs(
  db: Database,
  organizationId: string,
  runId: string,
): Promise<Array<{ menteeId: string; mentorId: string }>> {
  return db
    .select({ menteeId: matchingProposals.menteeId, mentorId: matchingProposals.mentorId })
    .from(matchingProposals)
    .where(and(eq(matchingProposals.organizationId, organizationId), eq(matchingProposals.runId, runId)));
}

export async function listProposals(db: Database, organizationId: string, runId: string): Promise<MatchingProposalRow[]> {
  return db
    .select()
    .from(matchingProposals)
    .where(and(eq(matchingProposals.organizationId, organizationId), eq(matchingProposals.runId, runId)))
    .orderBy(desc(matchingProposals.score), matchingProposals.menteeId);
}

/**
 * Stores a run's outcome if it is still running (not cancelled or failed meanwhile): false when
 * it was not, and the caller rolls its transaction back.
 */
export async function finishRunningRun(
  db: Database,
  organizationId: string,
  runId: string,
  changes: Partial<Pick<MatchingRunRow, 'status' | 'progress' | 'summary' | 'unmatched' | 'error' | 'finishedAt'>>,
): Promise<boolean> {
  const rows = await db
    .update(matchingRuns)
    .set(changes)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')))
    .returning({ id: matchingRuns.id });
  return rows.length === 1;
}

/**
 * The heartbeat of runs this server is running: false for a run no longer running (cancelled,
 * or failed by a sweep), which the server then stops.
 */
export async function beatRunHeartbeat(db: Database, organizationId: string, runId: string): Promise<boolean> {
  const rows = await db
    .update(matchingRuns)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')))
    .returning({ id: matchingRuns.id });
  return rows.length === 1;
}

/**
 * Fails the runs (of every organization) whose server stopped beating their heartbeat more than
 * `staleAfterMs` ago, by the database's clock; returns how many.
 */
export async function failStaleRuns(db: Database, staleAfterMs: number, error: string): Promise<number> {
  const rows = await db
    .update(matchingRuns)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(
      and(eq(matchingRuns.status, 'running'), lt(matchingRuns.heartbeatAt, sql`now() - make_interval(secs => ${staleAfterMs / 1000})`)),
    )
    .returning({ id: matchingRuns.id });
  return rows.length;
}
