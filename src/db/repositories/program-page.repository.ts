import { and, eq, ilike, inArray, sql } from 'drizzle-orm';
import { programRoles, type ProgramRole, type ProgramStatus } from '../../../shared/enums.ts';
import type { Page, SearchPageQuery } from '../../../shared/schemas/paging.ts';
import { emptyEnrolmentCounts, type EnrolmentCounts } from '../../domain/program.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { enrolments, programEnrolmentCounts, programs } from '../schema/index.ts';
import type { ProgramWithRoles } from './program-view.repository.ts';
import { toProgram } from './program.repository.ts';

/**
 * The person's active roles in each program they are enrolled in, in one read by the person's
 * index (enrolments_person_idx). Never a lookup per program: with a large program and no
 * statistics, the planner may otherwise read that program's enrolments to find one person.
 * The status is checked here rather than in SQL, where it would make the program's index look
 * as selective as the person's.
 *
 * @example const roles = await findRolesByProgram(db, organizationId, personId); roles.get(programId) // ['mentee']
 */
export async function findRolesByProgram(db: Database, organizationId: string, personId: string): Promise<Map<string, ProgramRole[]>> {
  const rows = await db
    .select({ programId: enrolments.programId, role: enrolments.role, status: enrolments.status })
    .from(enrolments)
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.personId, personId)));
  const roles = new Map<string, ProgramRole[]>();
  for (const row of rows) {
    if (row.status !== 'active') continue;
    const held = roles.get(row.programId) ?? [];
    held.push(row.role);
    roles.set(row.programId, held);
  }
  for (const held of roles.values()) held.sort();
  return roles;
}

/** By name, case aside, then id (index programs_organization_name_idx). */
const byName = keyset('name', [{ by: sql`lower(${programs.name})` }, { by: programs.id }]);

/**
 * One page of an organization's programs by name, with their active enrolments per role (from
 * program_enrolment_counts) and `roles`' entry for each: every program, or only those in
 * `onlyIds` (the programs a member takes part in). `q` matches the name.
 *
 * @example const page = await pageProgramsWithRoles(db, organizationId, { limit: 50 }, roles, undefined);
 */
export async function pageProgramsWithRoles(
  db: Database,
  organizationId: string,
  query: SearchPageQuery & { status?: ProgramStatus | undefined },
  roles: ReadonlyMap<string, ProgramRole[]>,
  onlyIds: readonly string[] | undefined,
): Promise<Page<ProgramWithRoles>> {
  if (onlyIds?.length === 0) return { items: [], nextCursor: null };
  const page = keysetQuery(byName, query);
  const rows = await db
    .select({
      program: programs,
      counts: sql<Partial<EnrolmentCounts> | null>`(select json_object_agg(${programEnrolmentCounts.role}, ${programEnrolmentCounts.active}) from ${programEnrolmentCounts}
        where ${programEnrolmentCounts.organizationId} = ${programs.organizationId} and ${programEnrolmentCounts.programId} = ${programs.id})`,
      cursorKey: page.cursorKey,
    })
    .from(programs)
    .where(
      and(
        eq(programs.organizationId, organizationId),
        onlyIds === undefined ? undefined : inArray(programs.id, [...onlyIds]),
        query.status === undefined ? undefined : eq(programs.status, query.status),
        query.q ? ilike(programs.name, containsPattern(query.q)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const { items, nextCursor } = pageFrom(rows, query, byName);
  return {
    items: items.map((row) => {
      const counts = emptyEnrolmentCounts();
      for (const role of programRoles) counts[role] = Number(row.counts?.[role] ?? 0);
      return { program: toProgram(row.program), myRoles: roles.get(row.program.id) ?? [], counts };
    }),
    nextCursor,
  };
}
