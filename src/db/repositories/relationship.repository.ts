import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { people, relationships } from '../schema/index.ts';

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

const mentors = alias(people, 'mentor');
const mentees = alias(people, 'mentee');

function selectRelationshipsOfProgram(db: Database, onlyOfPerson: boolean) {
  return db
    .select({
      id: relationships.id,
      programId: relationships.programId,
      mentorId: relationships.mentorId,
      mentorName: mentors.displayName,
      menteeId: relationships.menteeId,
      menteeName: mentees.displayName,
      status: relationships.status,
      source: relationships.source,
      startedAt: relationships.startedAt,
    })
    .from(relationships)
    .innerJoin(mentors, and(eq(mentors.organizationId, relationships.organizationId), eq(mentors.id, relationships.mentorId)))
    .innerJoin(mentees, and(eq(mentees.organizationId, relationships.organizationId), eq(mentees.id, relationships.menteeId)))
    .where(
      and(
        eq(relationships.organizationId, sql.placeholder('organizationId')),
        eq(relationships.programId, sql.placeholder('programId')),
        onlyOfPerson
          ? or(eq(relationships.mentorId, sql.placeholder('personId')), eq(relationships.menteeId, sql.placeholder('personId')))
          : undefined,
      ),
    )
    .orderBy(asc(mentors.displayName), asc(mentees.displayName));
}

const relationshipsOfProgram = preparedStatement('relationships_of_program', (db, name) =>
  selectRelationshipsOfProgram(db, false).prepare(name),
);
const relationshipsOfProgramAndPerson = preparedStatement('relationships_of_program_and_person', (db, name) =>
  selectRelationshipsOfProgram(db, true).prepare(name),
);

/** Relationships of a program; only those of `personId` when given. */
export async function listRelationshipsOfProgram(
  db: Database,
  organizationId: string,
  programId: string,
  personId?: string,
): Promise<RelationshipSummary[]> {
  return personId === undefined
    ? relationshipsOfProgram(db).execute({ organizationId, programId })
    : relationshipsOfProgramAndPerson(db).execute({ organizationId, programId, personId });
}

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
