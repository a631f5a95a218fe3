import { and, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { ProgramApplicationQuery } from '../../../shared/schemas/applications.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { applications, people } from '../schema/index.ts';
import { type Application, selectApplications } from './application.repository.ts';

/** The orders of a program's applications (indexes: people_organization_name_idx, applications_program_created_idx). */
const programOrders = {
  name: keyset('name', [{ by: sql`lower(${people.displayName})` }, { by: applications.id }]),
  newest: keyset('newest', [
    { by: applications.createdAt, direction: 'desc' },
    { by: applications.id, direction: 'desc' },
  ]),
};
/** One's own applications, newest first (index: applications_person_created_idx). */
const newestOfPerson = programOrders.newest;

/**
 * One page of a program's applications, filtered by status, role and `q` (the applicant's name or
 * email), by name or newest first.
 *
 * @example const page = await listProgramApplicationPage(db, orgId, programId, { limit: 50, sort: 'name', status: 'submitted' });
 */
export async function listProgramApplicationPage(
  db: Database,
  organizationId: string,
  programId: string,
  query: Pick<ProgramApplicationQuery, 'limit' | 'cursor' | 'sort' | 'status' | 'role' | 'q'>,
): Promise<Page<Application>> {
  const order = programOrders[query.sort];
  const page = keysetQuery(order, query);
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await selectApplications(db, { cursorKey: page.cursorKey })
    .where(
      and(
        eq(applications.organizationId, organizationId),
        eq(applications.programId, programId),
        query.status ? eq(applications.status, query.status) : undefined,
        query.role ? eq(applications.role, query.role) : undefined,
        pattern ? or(ilike(people.displayName, pattern), ilike(people.email, pattern)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, order);
}

/** One page of a person's own applications, across programs, newest first. */
export async function listApplicationPageOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<Application>> {
  const page = keysetQuery(newestOfPerson, query);
  const rows = await selectApplications(db, { cursorKey: page.cursorKey })
    .where(and(eq(applications.organizationId, organizationId), eq(applications.personId, personId), page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestOfPerson);
}

/**
 * The waitlist places (1 = next in line) of the given applications among their program's
 * waitlisted mentees, first come first served; applications not waiting are left out. Counts
 * in the database, so a page costs its own rows whatever the waitlist's length.
 */
export async function findWaitlistPositions(
  db: Database,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<Map<string, number>> {
  if (applicationIds.length === 0) return new Map();
  // Written with its table names: in a one-table select, drizzle leaves columns unqualified.
  const waiting = alias(applications, 'waiting');
  const ahead = sql<number>`(
    select count(*)::int from applications as ahead
    where ahead.organization_id = waiting.organization_id and ahead.program_id = waiting.program_id
      and ahead.role = 'mentee' and ahead.status = 'waitlisted' and ahead.waitlisted_at is not null
      and (ahead.waitlisted_at, ahead.id) < (waiting.waitlisted_at, waiting.id)
  )`;
  const rows = await db
    .select({ id: waiting.id, ahead })
    .from(waiting)
    .where(
      and(
        eq(waiting.organizationId, organizationId),
        inArray(waiting.id, [...applicationIds]),
        eq(waiting.role, 'mentee'),
        eq(waiting.status, 'waitlisted'),
        isNotNull(waiting.waitlistedAt),
      ),
    );
  return new Map(rows.map((row) => [row.id, row.ahead + 1]));
}

/** How many applications a program has (an export's audit entry says how many rows it holds). */
export async function countProgramApplications(db: Database, organizationId: string, programId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.programId, programId)));
  return row?.count ?? 0;
}
