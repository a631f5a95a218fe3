import { and, eq, ilike, sql } from 'drizzle-orm';
import type { ProgramRole } from '../../../shared/enums.ts';
import type { EnrolmentStatusFilter } from '../../../shared/schemas/enrolments.ts';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { EnrolmentWithPerson } from '../../domain/enrolment.ts';
import { emptyEnrolmentCounts, type EnrolmentCounts } from '../../domain/program.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { enrolments, people, programEnrolmentCounts } from '../schema/index.ts';
import { enrolmentColumns, personColumns } from './enrolment.repository.ts';

/** The roster's order: the person's name, case aside, then the enrolment (one person may hold several roles). */
const byName = keyset('name', [{ by: sql`lower(${people.displayName})` }, { by: enrolments.id }]);

export type RosterQuery = PageQuery & {
  status: EnrolmentStatusFilter;
  role?: ProgramRole | undefined;
  department?: string | undefined;
  /** A fragment of the person's name. */
  q?: string | undefined;
};

/**
 * One page of a program's enrolments with their people, by name. The program's enrolments are
 * found by enrolments_program_counts_idx (organization, program, status, role); only the page's
 * rows leave the database.
 *
 * @example await pageEnrolmentsOfProgram(db, organizationId, programId, { limit: 50, status: 'active', role: 'mentor' })
 */
export async function pageEnrolmentsOfProgram(
  db: Database,
  organizationId: string,
  programId: string,
  query: RosterQuery,
): Promise<Page<EnrolmentWithPerson>> {
  const page = keysetQuery(byName, query);
  const rows = await db
    .select({ ...enrolmentColumns, person: personColumns, cursorKey: page.cursorKey })
    .from(enrolments)
    .innerJoin(people, and(eq(people.organizationId, enrolments.organizationId), eq(people.id, enrolments.personId)))
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programId, programId),
        query.status === 'all' ? undefined : eq(enrolments.status, query.status),
        query.role === undefined ? undefined : eq(enrolments.role, query.role),
        query.department === undefined ? undefined : sql`lower(${people.department}) = lower(${query.department})`,
        query.q ? ilike(people.displayName, containsPattern(query.q)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, byName);
}

/**
 * A program's enrolments counted by role: active ones from program_enrolment_counts (kept by a
 * trigger), withdrawn ones counted from the index on (organization, program, status, role).
 */
export async function countEnrolmentsOfProgram(
  db: Database,
  organizationId: string,
  programId: string,
  options: { withdrawn: boolean },
): Promise<{ active: EnrolmentCounts; withdrawn: EnrolmentCounts }> {
  const active = emptyEnrolmentCounts();
  const withdrawn = emptyEnrolmentCounts();
  const activeRows = await db
    .select({ role: programEnrolmentCounts.role, count: programEnrolmentCounts.active })
    .from(programEnrolmentCounts)
    .where(and(eq(programEnrolmentCounts.organizationId, organizationId), eq(programEnrolmentCounts.programId, programId)));
  for (const row of activeRows) active[row.role] = row.count;
  if (options.withdrawn) {
    const withdrawnRows = await db
      .select({ role: enrolments.role, count: sql<number>`count(*)::int` })
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programId, programId), eq(enrolments.status, 'withdrawn')))
      .groupBy(enrolments.role);
    for (const row of withdrawnRows) withdrawn[row.role] = row.count;
  }
  return { active, withdrawn };
}
