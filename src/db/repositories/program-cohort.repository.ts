import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { enrolments, people } from '../schema/index.ts';

/**
 * A program's active mentees and mentors, ids and roles only (a matching cohort's members), by
 * role then name: the rows a cohort needs, not the enrolments' every column and person.
 *
 * @example const members = await listActiveParticipants(db, organizationId, programId); members[0] // { personId, role: 'mentee' }
 */
export async function listActiveParticipants(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<Array<{ personId: string; role: 'mentee' | 'mentor' }>> {
  const rows = await db
    .select({ personId: enrolments.personId, role: enrolments.role })
    .from(enrolments)
    .innerJoin(people, and(eq(people.organizationId, enrolments.organizationId), eq(people.id, enrolments.personId)))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programId, programId), eq(enrolments.status, 'active')))
    .orderBy(asc(enrolments.role), asc(people.displayName), asc(people.id));
  return rows.filter((row): row is { personId: string; role: 'mentee' | 'mentor' } => row.role === 'mentee' || row.role === 'mentor');
}
