import { and, eq, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { ProgramRelationshipQuery, ProgramRelationshipSort } from '../../../shared/schemas/program-relationships.ts';
import type { RelationshipStage } from '../../../shared/enums.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom, type Keyset } from '../keyset.ts';
import { people, relationships } from '../schema/index.ts';

/** One relationship of a program as its list shows it, before its health is added. */
export type ProgramRelationshipRecord = {
  id: string;
  programId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  status: 'active' | 'closed';
  source: 'matching' | 'request' | 'manual';
  stage: RelationshipStage;
  startedAt: Date;
  closedAt: Date | null;
  lastTouchAt: Date | null;
};

const mentors = alias(people, 'list_mentor');
const mentees = alias(people, 'list_mentee');

/** The last touch point, or the start while there has been none: what risk and "last touch" read. */
export const lastTouchOrStart = sql`coalesce(${relationships.lastTouchAt}, ${relationships.startedAt})`;

/** The orders a program's relationships can be paged in (indexes: relationships_program_*_idx). */
export const programRelationshipOrders: Record<ProgramRelationshipSort, Keyset> = {
  name: keyset('name', [{ by: sql`lower(${mentors.displayName})` }, { by: sql`lower(${mentees.displayName})` }, { by: relationships.id }]),
  last_touch: keyset('last_touch', [{ by: lastTouchOrStart }, { by: relationships.id }]),
  started: keyset('started', [
    { by: relationships.startedAt, direction: 'desc' },
    { by: relationships.id, direction: 'desc' },
  ]),
};

/** Active, not moving on, and untouched since `cutoff`: the SQL twin of the domain's `isAtRisk`. */
export function atRiskCondition(cutoff: Date): SQL {
  return sql`(${relationships.status} = 'active' and ${relationships.stage} <> 'moving_on' and ${lastTouchOrStart} <= ${cutoff})`;
}

function filters(query: ProgramRelationshipQuery, options: ListOptions): Array<SQL | undefined> {
  const risk = atRiskCondition(options.riskCutoff);
  return [
    options.personId === undefined
      ? undefined
      : or(eq(relationships.mentorId, options.personId), eq(relationships.menteeId, options.personId)),
    query.stage === undefined ? undefined : eq(relationships.stage, query.stage),
    query.status === undefined ? undefined : eq(relationships.status, query.status),
    query.mentorId === undefined ? undefined : eq(relationships.mentorId, query.mentorId),
    query.risk === 'at_risk' ? risk : undefined,
    query.risk === 'on_track' ? and(eq(relationships.status, 'active'), sql`not ${risk}`) : undefined,
    query.lastTouchBefore === undefined
      ? undefined
      : lte(lastTouchOrStart, new Date(options.now.getTime() - query.lastTouchBefore * 86_400_000)),
    query.q ? or(ilike(mentors.displayName, containsPattern(query.q)), ilike(mentees.displayName, containsPattern(query.q))) : undefined,
  ];
}

type ListOptions = { personId?: string; riskCutoff: Date; now: Date };

/**
 * One page of a program's relationships, filtered and in the query's order; only those of
 * `personId` when given. Reads the relationships and the two names, nothing per relationship.
 *
 * @example const page = await listProgramRelationshipPage(db, orgId, programId, { limit: 50, sort: 'name' }, { riskCutoff, now });
 */
export async function listProgramRelationshipPage(
  db: Database,
  organizationId: string,
  programId: string,
  query: ProgramRelationshipQuery,
  options: ListOptions,
): Promise<Page<ProgramRelationshipRecord>> {
  const order = programRelationshipOrders[query.sort];
  const page = keysetQuery(order, query);
  const rows = await db
    .select({
      id: relationships.id,
      programId: relationships.programId,
      mentorId: relationships.mentorId,
      mentorName: mentors.displayName,
      menteeId: relationships.menteeId,
      menteeName: mentees.displayName,
      status: relationships.status,
      source: relationships.source,
      stage: relationships.stage,
      startedAt: relationships.startedAt,
      closedAt: relationships.closedAt,
      lastTouchAt: relationships.lastTouchAt,
      cursorKey: page.cursorKey,
    })
    .from(relationships)
    .innerJoin(mentors, and(eq(mentors.organizationId, relationships.organizationId), eq(mentors.id, relationships.mentorId)))
    .innerJoin(mentees, and(eq(mentees.organizationId, relationships.organizationId), eq(mentees.id, relationships.menteeId)))
    .where(
      and(eq(relationships.organizationId, organizationId), eq(relationships.programId, programId), ...filters(query, options), page.after),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const { items, nextCursor } = pageFrom(rows, query, order);
  return {
    nextCursor,
    items: items.map(({ mentorId, mentorName, menteeId, menteeName, ...row }) => ({
      ...row,
      mentor: { id: mentorId, name: mentorName },
      mentee: { id: menteeId, name: menteeName },
    })),
  };
}

/** A program's relationships counted: by status, active ones by stage, and at risk. */
export async function countProgramRelationships(
  db: Database,
  organizationId: string,
  programId: string,
  riskCutoff: Date,
): Promise<{ status: 'active' | 'closed'; stage: RelationshipStage; count: number; atRisk: number }[]> {
  return db
    .select({
      status: relationships.status,
      stage: relationships.stage,
      count: sql<number>`count(*)::int`,
      atRisk: sql<number>`(count(*) filter (where ${atRiskCondition(riskCutoff)}))::int`,
    })
    .from(relationships)
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.programId, programId)))
    .groupBy(relationships.status, relationships.stage);
}
