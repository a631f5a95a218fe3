import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PageQuery } from '../../../shared/schemas/paging.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { circleMembers, circles, people } from '../schema/index.ts';
import type { CircleWithMembers } from './circle.repository.ts';

/** A run's circles by name, served by circles_run_name_idx. */
const byName = keyset('name', [{ by: sql`lower(${circles.name})` }, { by: circles.id }]);

/**
 * A page of the circles a group run formed, by name, with their members (names included,
 * mentors first); `q` matches a circle's name or a member's. Members are read for the page's
 * circles only, and grouped through one map.
 *
 * @example const page = await pageRunCircles(db, orgId, runId, { limit: 12 });
 */
export async function pageRunCircles(
  db: Database,
  organizationId: string,
  runId: string,
  query: PageQuery & { q?: string },
): Promise<Page<CircleWithMembers>> {
  const page = keysetQuery(byName, query);
  const pattern = query.q ? containsPattern(query.q) : undefined;
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
        eq(circles.matchingRunId, runId),
        pattern === undefined
          ? undefined
          : sql`(${circles.name} ilike ${pattern} or exists (
              select 1 from ${circleMembers} join ${people} on ${people.organizationId} = ${circleMembers.organizationId} and ${people.id} = ${circleMembers.personId}
              where ${circleMembers.organizationId} = ${organizationId} and ${circleMembers.circleId} = ${circles.id} and ${people.displayName} ilike ${pattern}))`,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const result = pageFrom(rows, query, byName);
  if (result.items.length === 0) return { items: [], nextCursor: result.nextCursor };
  const members = await db
    .select({ circleId: circleMembers.circleId, personId: circleMembers.personId, name: people.displayName, role: circleMembers.role })
    .from(circleMembers)
    .innerJoin(people, and(eq(people.organizationId, circleMembers.organizationId), eq(people.id, circleMembers.personId)))
    .where(
      and(
        eq(circleMembers.organizationId, organizationId),
        inArray(
          circleMembers.circleId,
          result.items.map((circle) => circle.id),
        ),
      ),
    )
    .orderBy(asc(circleMembers.role), asc(people.displayName));
  const byCircle = new Map<string, CircleWithMembers['members']>();
  for (const { circleId, ...member } of members) {
    const list = byCircle.get(circleId);
    if (list) list.push(member);
    else byCircle.set(circleId, [member]);
  }
  return { items: result.items.map((circle) => ({ ...circle, members: byCircle.get(circle.id) ?? [] })), nextCursor: result.nextCursor };
}
