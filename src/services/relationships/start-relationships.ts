import type { Database } from '../../db/database.ts';
import { insertRelationships } from '../../db/repositories/relationship.repository.ts';
import { relationshipStageChanges } from '../../db/schema/index.ts';

export type NewRelationship = {
  programId: string;
  mentorId: string;
  menteeId: string;
  source: 'matching' | 'request' | 'manual';
  matchingRunId: string | null;
  createdById: string;
};

/**
 * Starts relationships, inside the caller's transaction (which has already checked the mentors'
 * room under lock): each begins in stage 1, creating, with that first stage in its history.
 * Every path that creates a relationship (published matching, accepted request, manual
 * pairing) goes through here, so each gets the same start.
 *
 * @example const ids = await startRelationships(trx, orgId, [{ programId, mentorId, menteeId, source: 'manual', matchingRunId: null, createdById }]);
 */
export async function startRelationships(db: Database, organizationId: string, rows: NewRelationship[]): Promise<string[]> {
  const ids = await insertRelationships(db, organizationId, rows);
  if (ids.length > 0) {
    await db.insert(relationshipStageChanges).values(
      ids.map((relationshipId, index) => ({ organizationId, relationshipId, fromStage: null, toStage: 'creating', changedById: (rows[index] as NewRelationship).createdById, note: '' })),
    );
  }
  return ids;
}
