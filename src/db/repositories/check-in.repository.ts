import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { checkIns } from '../schema/index.ts';

/** A check-in between meetings, mapped. */
export type CheckInRecord = { id: string; authorId: string; body: string; createdAt: Date };

const columns = { id: checkIns.id, authorId: checkIns.authorId, body: checkIns.body, createdAt: checkIns.createdAt };

/** A relationship's check-ins, newest first. */
export async function listCheckIns(db: Database, organizationId: string, relationshipId: string): Promise<CheckInRecord[]> {
  return db
    .select(columns)
    .from(checkIns)
    .where(and(eq(checkIns.organizationId, organizationId), eq(checkIns.relationshipId, relationshipId)))
    .orderBy(desc(checkIns.createdAt), desc(checkIns.id));
}

/** Inserts a check-in and returns it. */
export async function insertCheckIn(
  db: Database,
  organizationId: string,
  row: { relationshipId: string; authorId: string; body: string; createdAt: Date },
): Promise<CheckInRecord> {
  const [inserted] = await db
    .insert(checkIns)
    .values({ ...row, organizationId })
    .returning(columns);
  if (!inserted) throw new Error('check-in not inserted');
  return inserted;
}
