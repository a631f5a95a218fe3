import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { matchingOverrides } from '../schema/index.ts';

export type MatchingOverrideRow = typeof matchingOverrides.$inferSelect;

export async function listMatchingOverrides(db: Database, organizationId: string, programId: string): Promise<MatchingOverrideRow[]> {
  return db
    .select()
    .from(matchingOverrides)
    .where(and(eq(matchingOverrides.organizationId, organizationId), eq(matchingOverrides.programId, programId)))
    .orderBy(asc(matchingOverrides.createdAt), asc(matchingOverrides.id));
}

export async function insertMatchingOverride(
  db: Database,
  organizationId: string,
  values: Pick<MatchingOverrideRow, 'programId' | 'kind' | 'menteeId' | 'mentorId' | 'personId' | 'createdById'>,
): Promise<MatchingOverrideRow> {
  const [row] = await db
    .insert(matchingOverrides)
    .values({ ...values, organizationId })
    .returning();
  if (!row) throw new Error('insert into matching_overrides returned no row');
  return row;
}

export async function deleteMatchingOverride(db: Database, organizationId: string, programId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(matchingOverrides)
    .where(
      and(eq(matchingOverrides.organizationId, organizationId), eq(matchingOverrides.programId, programId), eq(matchingOverrides.id, id)),
    )
    .returning({ id: matchingOverrides.id });
  return rows.length === 1;
}
