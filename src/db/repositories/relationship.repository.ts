import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { relationships } from '../schema/index.ts';

export type RelationshipSummary = {
  id: string;
  programId: string;
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  status: 'active' | 'closed';
  source: 'matching' | 'request' | 'manual';
  startedAt: Date;
};

/** Active relationships per mentor, across all programs of the organization (capacity is per person). */
export async function countActiveMentees(db: Database, organizationId: string, mentorIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (mentorIds.length === 0) return counts;
  const rows = await db
    .select({ mentorId: relationships.mentorId, count: sql<number>`count(*)::int` })
    .from(relationships)
    .where(
      and(
        eq(relationships.organizationId, organizationId),
        eq(relationships.status, 'active'),
        inArray(relationships.mentorId, [...mentorIds]),
      ),
    )
    .groupBy(relationships.mentorId);
  for (const row of rows) counts.set(row.mentorId, row.count);
  return counts;
}

/** Every pair that has ever worked together in a program (for the no-repeat rule). */
export async function listPairsOfProgram(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<Array<{ mentorId: string; menteeId: string; status: string }>> {
  return db
    .select({ mentorId: relationships.mentorId, menteeId: relationships.menteeId, status: relationships.status })
    .from(relationships)
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.programId, programId)));
}

export async function insertRelationships(
  db: Database,
  organizationId: string,
  rows: Array<{
    programId: string;
    mentorId: string;
    menteeId: string;
    source: RelationshipSummary['source'];
    matchingRunId: string | null;
    createdById: string;
  }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(relationships)
    .values(rows.map((row) => ({ ...row, organizationId })))
    .returning({ id: relationships.id });
  return inserted.map((row) => row.id);
}

/** Refreshes the planner's statistics of the tables a bulk start of relationships wrote. */
export async function analyzeRelationshipTables(db: Database): Promise<void> {
  await db.execute(sql`analyze relationships, relationship_stage_changes, agreements, agreement_versions`);
}
