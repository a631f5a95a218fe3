import { and, asc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database.ts';
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
  return rows.map((row) => ({
    ...row,
    members: members.filter((m) => m.circleId === row.id).map(({ personId, name, role }) => ({ personId, name, role })),
  }));
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
