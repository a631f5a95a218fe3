import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { relationships, relationshipStageChanges } from '../schema/index.ts';
import type { RelationshipStage } from '../../../shared/enums.ts';

/** One relationship row, mapped. */
export type RelationshipRecord = {
  id: string;
  organizationId: string;
  programId: string;
  mentorId: string;
  menteeId: string;
  status: 'active' | 'closed';
  stage: RelationshipStage;
  source: 'matching' | 'request' | 'manual';
  startedAt: Date;
  closedAt: Date | null;
  lastTouchAt: Date | null;
};

export const relationshipColumns = {
  id: relationships.id,
  organizationId: relationships.organizationId,
  programId: relationships.programId,
  mentorId: relationships.mentorId,
  menteeId: relationships.menteeId,
  status: relationships.status,
  stage: relationships.stage,
  source: relationships.source,
  startedAt: relationships.startedAt,
  closedAt: relationships.closedAt,
  lastTouchAt: relationships.lastTouchAt,
};

/** The relationship named by the `organizationId` and `id` placeholders of a prepared statement. */
export const isPlaceholderRelationship = and(
  eq(relationships.organizationId, sql.placeholder('organizationId')),
  eq(relationships.id, sql.placeholder('id')),
);
const relationshipById = preparedStatement('relationship_by_id', (db, name) =>
  db.select(relationshipColumns).from(relationships).where(isPlaceholderRelationship).prepare(name),
);
const lockedRelationshipById = preparedStatement('locked_relationship_by_id', (db, name) =>
  db.select(relationshipColumns).from(relationships).where(isPlaceholderRelationship).for('update').prepare(name),
);

const touch = preparedStatement('touch_relationship', (db, name) =>
  db
    .update(relationships)
    .set({ lastTouchAt: sql`greatest(coalesce(${relationships.lastTouchAt}, ${sql.placeholder('at')}), ${sql.placeholder('at')})` })
    .where(isPlaceholderRelationship)
    .prepare(name),
);

/** @example await findRelationshipById(db, orgId, id) */
export async function findRelationshipById(db: Database, organizationId: string, id: string): Promise<RelationshipRecord | null> {
  const [row] = await relationshipById(db).execute({ organizationId, id });
  return row ?? null;
}

/** Locks the relationship row for the rest of the transaction (state changes serialize on it). */
export async function lockRelationshipById(db: Database, organizationId: string, id: string): Promise<RelationshipRecord | null> {
  const [row] = await lockedRelationshipById(db).execute({ organizationId, id });
  return row ?? null;
}

/** Records a touch point (meeting held, check-in, shared note or comment): keeps the latest. */
export async function touchRelationship(db: Database, organizationId: string, id: string, at: Date): Promise<void> {
  await touch(db).execute({ organizationId, id, at });
}

/** Moves the relationship to a stage and keeps the change in its history. */
export async function changeRelationshipStage(
  db: Database,
  relationship: RelationshipRecord,
  change: { toStage: RelationshipStage; changedById: string; note: string },
): Promise<void> {
  await db
    .update(relationships)
    .set({ stage: change.toStage })
    .where(and(eq(relationships.organizationId, relationship.organizationId), eq(relationships.id, relationship.id)));
  await db.insert(relationshipStageChanges).values({
    organizationId: relationship.organizationId,
    relationshipId: relationship.id,
    fromStage: relationship.stage,
    toStage: change.toStage,
    changedById: change.changedById,
    note: change.note,
  });
}
