import { and, eq, or, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { enrolments, profiles, relationships } from '../schema/index.ts';

function activeMentorsOf(organizationId: string, programId: string) {
  return and(
    eq(enrolments.organizationId, organizationId),
    eq(enrolments.programId, programId),
    eq(enrolments.status, 'active'),
    eq(enrolments.role, 'mentor'),
  );
}

/** A program's active mentors' ids, in no particular order (enrolments_program_counts_idx alone: no join, no sort). */
export async function listActiveMentorIds(db: Database, organizationId: string, programId: string): Promise<string[]> {
  const rows = await db.select({ personId: enrolments.personId }).from(enrolments).where(activeMentorsOf(organizationId, programId));
  return rows.map((row) => row.personId);
}

/** A person's reporting chain upwards (their supervisor first), at most `depth` long, cycles cut. */
export async function findSupervisorChain(db: Database, organizationId: string, personId: string, depth = 20): Promise<string[]> {
  // As a walk up the links would go: stop at the first person already in the chain, or at `depth`.
  const result = await db.execute(sql`
    with recursive chain(person_id, level, path) as (
      select ${profiles.supervisorId}, 1, array[]::uuid[]
      from ${profiles}
      where ${profiles.organizationId} = ${organizationId} and ${profiles.personId} = ${personId} and ${profiles.supervisorId} is not null
      union all
      select p.supervisor_id, chain.level + 1, chain.path || chain.person_id
      from chain join profiles p on p.organization_id = ${organizationId} and p.person_id = chain.person_id
      where p.supervisor_id is not null and chain.level < ${depth} and not (p.supervisor_id = any(chain.path || chain.person_id))
    )
    select person_id from chain order by level`);
  const rows = (result as unknown as { rows: Array<{ person_id: string }> }).rows;
  return rows.map((row) => row.person_id);
}

/** The people a person has been paired with in a program (either side), in the table's order. */
export async function listPartnersOfPerson(db: Database, organizationId: string, programId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ mentorId: relationships.mentorId, menteeId: relationships.menteeId })
    .from(relationships)
    .where(
      and(
        eq(relationships.organizationId, organizationId),
        eq(relationships.programId, programId),
        or(eq(relationships.mentorId, personId), eq(relationships.menteeId, personId)),
      ),
    );
  return rows.map((row) => (row.mentorId === personId ? row.menteeId : row.mentorId));
}
