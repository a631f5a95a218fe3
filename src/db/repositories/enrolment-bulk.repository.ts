import { sql } from 'drizzle-orm';
import type { ProgramRole } from '../../../shared/enums.ts';
import type { EnrollablePerson } from '../../domain/bulk-enrolment.ts';
import type { Database } from '../database.ts';

type Rows<Row> = { rows: Row[] };

/**
 * The organization's people named by these ids or emails (each list one array parameter, so
 * 25,000 of them make one short statement), read by the unique (organization, id) and
 * (organization, email) indexes.
 */
export async function findEnrollablePeople(
  db: Database,
  organizationId: string,
  ids: readonly string[],
  emails: readonly string[],
): Promise<EnrollablePerson[]> {
  if (ids.length === 0 && emails.length === 0) return [];
  const result = (await db.execute(sql`
    select id, email, erased_at is not null as erased from people
    where organization_id = ${organizationId}
      and (id = any(${sql.param([...ids])}::uuid[]) or email = any(${sql.param([...emails])}::text[]))`)) as unknown as Rows<EnrollablePerson>;
  return result.rows;
}

/** A bulk write's outcome for one (person, role): a new enrolment, or a withdrawn one made active again. */
export type BulkEnrolled = { personId: string; role: ProgramRole; inserted: boolean };

/**
 * Enrols people in one set-based statement: the (person, role) pairs as two arrays, unnested;
 * a withdrawn enrolment in the same role becomes active again, an active one is left alone and
 * not returned (the caller reports it as already enrolled).
 */
export async function insertEnrolmentsInBulk(
  db: Database,
  organizationId: string,
  programId: string,
  enrolledById: string,
  pairs: ReadonlyArray<{ personId: string; role: ProgramRole }>,
): Promise<BulkEnrolled[]> {
  if (pairs.length === 0) return [];
  const result = (await db.execute(sql`
    insert into enrolments (organization_id, program_id, person_id, role, enrolled_by_id)
    select ${organizationId}, ${programId}, given.person_id, given.role, ${enrolledById}
    from unnest(${sql.param(pairs.map((pair) => pair.personId))}::uuid[], ${sql.param(pairs.map((pair) => pair.role))}::text[])
      as given(person_id, role)
    on conflict (program_id, person_id, role) do update
      set status = 'active', enrolled_by_id = excluded.enrolled_by_id, updated_at = now()
      where enrolments.status = 'withdrawn'
    returning person_id as "personId", role, (xmax = 0) as inserted`)) as unknown as Rows<BulkEnrolled>;
  return result.rows;
}

/** Fresh statistics after a bulk write, so the next plans see the program's real size (autovacuum lags or is off). */
export async function analyzeEnrolments(db: Database): Promise<void> {
  await db.execute(sql`analyze enrolments, program_enrolment_counts`);
}
