import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { people, programs, relationships } from '../schema/index.ts';
import { isPlaceholderRelationship, relationshipColumns, type RelationshipRecord } from './relationship-record.repository.ts';

/** One of the pair as a relationship's header shows them. */
export type RelationshipParty = { name: string; timeZone: string | null };

/** A relationship with what its header shows: the program's name and type, the two people. */
export type RelationshipDetail = {
  relationship: RelationshipRecord;
  program: { id: string; name: string; type: 'one_to_one' | 'group' | 'self_directed' };
  mentor: RelationshipParty;
  mentee: RelationshipParty;
};

const mentors = alias(people, 'detail_mentor');
const mentees = alias(people, 'detail_mentee');

/** The relationship named by the `organizationId` and `id` placeholders, with its program and pair. */
function selectRelationshipDetail(db: Database) {
  return db
    .select({
      relationship: relationshipColumns,
      program: { id: programs.id, name: programs.name, type: programs.type },
      mentor: { name: mentors.displayName, timeZone: mentors.timeZone },
      mentee: { name: mentees.displayName, timeZone: mentees.timeZone },
    })
    .from(relationships)
    .innerJoin(programs, and(eq(programs.organizationId, relationships.organizationId), eq(programs.id, relationships.programId)))
    .innerJoin(mentors, and(eq(mentors.organizationId, relationships.organizationId), eq(mentors.id, relationships.mentorId)))
    .innerJoin(mentees, and(eq(mentees.organizationId, relationships.organizationId), eq(mentees.id, relationships.menteeId)))
    .where(isPlaceholderRelationship);
}

const relationshipDetail = preparedStatement('relationship_detail', (db, name) => selectRelationshipDetail(db).prepare(name));
const lockedRelationshipDetail = preparedStatement('locked_relationship_detail', (db, name) =>
  selectRelationshipDetail(db).for('update', { of: relationships }).prepare(name),
);

/**
 * Locks the relationship row for the rest of the transaction (only that row: its program and
 * the pair's people are read, not locked) and reads the pair's names and time zones with it.
 *
 * @example const locked = await lockRelationshipWithPair(trx, organizationId, relationshipId);
 */
export async function lockRelationshipWithPair(db: Database, organizationId: string, id: string): Promise<RelationshipDetail | null> {
  const [row] = await lockedRelationshipDetail(db).execute({ organizationId, id });
  return row ?? null;
}

/**
 * The relationship, its program and its two people in one read (a relationship page's header).
 *
 * @example const detail = await findRelationshipDetail(db, organizationId, relationshipId);
 */
export async function findRelationshipDetail(db: Database, organizationId: string, id: string): Promise<RelationshipDetail | null> {
  const [row] = await relationshipDetail(db).execute({ organizationId, id });
  return row ?? null;
}
