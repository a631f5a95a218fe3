import { and, asc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { CircleQuery } from '../../../shared/schemas/circles.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { circleMembers, circles, people } from '../schema/index.ts';

type CircleRow = typeof circles.$inferSelect;

/** A circle with its members (names included), mentors first. */
export type CircleWithMembers = Pick<CircleRow, 'id' | 'programId' | 'name' | 'status' | 'matchingRunId' | 'affinity' | 'createdAt'> & {
  members: Array<{ personId: string; name: string; role: 'mentor' | 'mentee' }>;
};

/** A circle a matching run proposes: its name, affinity (0-1) and members. */
export type NewCircle = { name: string; affinity: number; members: Array<{ personId: string; role: 'mentor' | 'mentee' }> };

/** Stores a run's circles as proposed, with their members. */
export async function insertProposedCircles(
  db: Database,
  organizationId: string,
  values: { programId: string; runId: string; createdById: string; circles: NewCircle[] },
): Promise<void> {
  for (const circle of values.circles) {
    const [row] = await db
      .insert(circles)
      .values({
        organizationId,
        programId: values.programId,
        name: circle.name,
        status: 'proposed',
        matchingRunId: values.runId,
        affinity: circle.affinity,
        createdById: values.createdById,
      })
      .returning({ id: circles.id });
    if (!row) throw new Error('insert into circles returned no row');
    if (circle.members.length > 0) {
      await db
        .insert(circleMembers)
        .values(circle.members.map((m) => ({ organizationId, circleId: row.id, personId: m.personId, role: m.role })));
    }
  }
}

/** A circle's own columns, before its members are added. */
export type CircleBase = Omit<CircleWithMembers, 'members'>;

/**
 * Circles with their members (names, mentors first), read in one query for all of them and
 * joined through a map: a page of circles costs one more query, whatever its size.
 *
 * @example const page = { items: await withMembers(db, orgId, rows), nextCursor };
 */
export async function withMembers(db: Database, organizationId: string, rows: CircleBase[]): Promise<CircleWithMembers[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select({ circleId: circleMembers.circleId, personId: circleMembers.personId, name: people.displayName, role: circleMembers.role })
    .from(circleMembers)
    .innerJoin(people, and(eq(people.organizationId, circleMembers.organizationId), eq(people.id, circleMembers.personId)))
    .where(
      and(
        eq(circleMembers.organizationId, organizationId),
        inArray(
          circleMembers.circleId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(circleMembers.role), asc(people.displayName));
  const byCircle = new Map<string, CircleWithMembers['members']>();
  for (const { circleId, personId, name, role } of members) {
    const list = byCircle.get(circleId);
    if (list) list.push({ personId, name, role });
    else byCircle.set(circleId, [{ personId, name, role }]);
  }
  return rows.map((row) => ({ ...row, members: byCircle.get(row.id) ?? [] }));
}

/**
 * Circles of a program with their members. `runId` keeps one run's circles; `visibleRunId`
 * keeps active and closed circles plus the proposed circles of that run only (older proposals
 * are stale); `memberId` keeps active circles that person belongs to.
 */
export async function listCircles(
  db: Database,
  organizationId: string,
  filter: { programId?: string; runId?: string; visibleRunId?: string | null; memberId?: string },
): Promise<CircleWithMembers[]> {
  const conditions: Array<SQL | undefined> = [eq(circles.organizationId, organizationId)];
  if (filter.programId) conditions.push(eq(circles.programId, filter.programId));
  if (filter.runId) conditions.push(eq(circles.matchingRunId, filter.runId));
  if (filter.visibleRunId !== undefined) {
    conditions.push(
      filter.visibleRunId === null
        ? ne(circles.status, 'proposed')
        : or(ne(circles.status, 'proposed'), eq(circles.matchingRunId, filter.visibleRunId)),
    );
  }
  if (filter.memberId) {
    conditions.push(eq(circles.status, 'active'));
    conditions.push(
      sql`exists (select 1 from ${circleMembers} where ${circleMembers.circleId} = ${circles.id} and ${circleMembers.organizationId} = ${organizationId} and ${circleMembers.personId} = ${filter.memberId})`,
    );
  }
  const rows = await db
    .select({
      id: circles.id,
      programId: circles.programId,
      name: circles.name,
      status: circles.status,
      matchingRunId: circles.matchingRunId,
      affinity: circles.affinity,
      createdAt: circles.createdAt,
    })
    .from(circles)
    .where(and(...conditions))
    .orderBy(asc(circles.createdAt), asc(circles.name), asc(circles.id));
  return withMembers(db, organizationId, rows);
}

const byName = keyset('name', [{ by: circles.name }, { by: circles.id }]);

/**
 * One page of a program's circles by name (index circles_program_name_idx), with their members:
 * for coordinators (`visibleRunId`) the active and closed ones and that run's proposals; for a
 * participant (`memberId`) the active circles they belong to. `q` matches the name.
 *
 * @example const page = await listProgramCirclePage(db, orgId, programId, { limit: 50 }, { memberId: personId });
 */
export async function listProgramCirclePage(
  db: Database,
  organizationId: string,
  programId: string,
  query: CircleQuery,
  scope: { visibleRunId: string | null } | { memberId: string },
): Promise<Page<CircleWithMembers>> {
  const page = keysetQuery(byName, query);
  const seen =
    'memberId' in scope
      ? and(
          eq(circles.status, 'active'),
          sql`exists (select 1 from ${circleMembers} where ${circleMembers.circleId} = ${circles.id} and ${circleMembers.organizationId} = ${organizationId} and ${circleMembers.personId} = ${scope.memberId})`,
        )
      : scope.visibleRunId === null
        ? ne(circles.status, 'proposed')
        : or(ne(circles.status, 'proposed'), eq(circles.matchingRunId, scope.visibleRunId));
  const rows = await db
    .select({
      id: circles.id,
      programId: circles.programId,
      name: circles.name,
      status: circles.status,
      matchingRunId: circles.matchingRunId,
      affinity: circles.affinity,
      createdAt: circles.createdAt,
      cursorKey: page.cursorKey,
    })
    .from(circles)
    .where(
      and(
        eq(circles.organizationId, organizationId),
        eq(circles.programId, programId),
        seen,
        query.status ? eq(circles.status, query.status) : undefined,
        query.q ? ilike(circles.name, containsPattern(query.q)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const { items, nextCursor } = pageFrom(rows, query, byName);
  return { items: await withMembers(db, organizationId, items), nextCursor };
}

/** Turns a run's proposed circles active (publishing); returns how many changed. */
export async function activateCirclesOfRun(db: Database, organizationId: string, runId: string): Promise<number> {
  const rows = await db
    .update(circles)
    .set({ status: 'active' })
    .where(and(eq(circles.organizationId, organizationId), eq(circles.matchingRunId, runId), eq(circles.status, 'proposed')))
    .returning({ id: circles.id });
  return rows.length;
}

/**
 * Active circles each person leads as a mentor, across the organization: a circle uses one place
 * of its mentor's capacity, like one mentee would.
 */
export async function countActiveCircleSeats(
  db: Database,
  organizationId: string,
  mentorIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (mentorIds.length === 0) return counts;
  const rows = await db
    .select({ personId: circleMembers.personId, count: sql<number>`count(*)::int` })
    .from(circleMembers)
    .innerJoin(circles, and(eq(circles.organizationId, circleMembers.organizationId), eq(circles.id, circleMembers.circleId)))
    .where(
      and(
        eq(circleMembers.organizationId, organizationId),
        eq(circleMembers.role, 'mentor'),
        eq(circles.status, 'active'),
        inArray(circleMembers.personId, [...mentorIds]),
      ),
    )
    .groupBy(circleMembers.personId);
  for (const row of rows) counts.set(row.personId, row.count);
  return counts;
}

/** Mentees already in an active circle of the program (a new run leaves them where they are). */
export async function listSeatedMentees(db: Database, organizationId: string, programId: string): Promise<Set<string>> {
  const rows = await db
    .select({ personId: circleMembers.personId })
    .from(circleMembers)
    .innerJoin(circles, and(eq(circles.organizationId, circleMembers.organizationId), eq(circles.id, circleMembers.circleId)))
    .where(
      and(
        eq(circleMembers.organizationId, organizationId),
        eq(circleMembers.role, 'mentee'),
        eq(circles.programId, programId),
        eq(circles.status, 'active'),
      ),
    );
  return new Set(rows.map((r) => r.personId));
}
