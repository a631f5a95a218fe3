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

export async function insertProposals(db: Database, organizationId: string, runId: string, proposals: NewProposal[]): Promise<void> {
  for (let i = 0; i < proposals.length; i += 500) {
    const batch = proposals.slice(i, i + 500).map((p) => ({ ...p, organizationId, runId }));
    if (batch.length > 0) await db.insert(matchingProposals).values(batch);
  }
}

export async function listProposals(db: Database, organizationId: string, runId: string): Promise<MatchingProposalRow[]> {
  return db
    .select()
    .from(matchingProposals)
    .where(and(eq(matchingProposals.organizationId, organizationId), eq(matchingProposals.runId, runId)))
    .orderBy(desc(matchingProposals.score), matchingProposals.menteeId);
}

/**
 * Runs left "running" by a server that stopped cannot finish any more. Only runs started before
 * `startedBefore` are failed, so a server starting beside others never fails their live runs.
 */
export async function failInterruptedRuns(db: Database, startedBefore: Date): Promise<void> {
  await db
    .update(matchingRuns)
    .set({ status: 'failed', error: 'The server stopped while this run was in progress; run it again', finishedAt: sql`now()` })
    .where(and(eq(matchingRuns.status, 'running'), lt(matchingRuns.createdAt, startedBefore)));
}
