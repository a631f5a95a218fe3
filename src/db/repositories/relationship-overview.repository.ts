import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { closures, closureSurveys, goals, meetings, relationships } from '../schema/index.ts';

/** What a relationship's row adds to its shape: meetings held, goal counts and how it ended. */
export type RelationshipHealthRecord = {
  meetingsHeld: number;
  goals: { count: number; met: number; averageProgress: number | null };
  closure: {
    kind: 'completed' | 'early_exit';
    status: 'started' | 'closed';
    nextStep: 'informal' | 'friends' | 'periodic_contact' | 'end' | null;
    earlyExitReason: string | null;
    rematchRequested: boolean;
  } | null;
};

/**
 * The meetings held, goal counts and closure shape of the given relationships (a page of them):
 * counts only, never a note, log, agreement text or survey answer. Each query reads the listed
 * relationships through the index that leads with them.
 *
 * @example const health = await loadRelationshipHealth(db, orgId, page.items.map((r) => r.id));
 */
export async function loadRelationshipHealth(
  db: Database,
  organizationId: string,
  relationshipIds: readonly string[],
): Promise<Map<string, RelationshipHealthRecord>> {
  const health = new Map<string, RelationshipHealthRecord>();
  if (relationshipIds.length === 0) return health;
  const ids = [...relationshipIds];
  const [held, goalStats, closed] = await Promise.all([
    db
      .select({ relationshipId: meetings.relationshipId, held: sql<number>`count(*)::int` })
      .from(meetings)
      .where(and(eq(meetings.organizationId, organizationId), inArray(meetings.relationshipId, ids), eq(meetings.status, 'held')))
      .groupBy(meetings.relationshipId),
    db
      .select({
        relationshipId: goals.relationshipId,
        count: sql<number>`count(*) filter (where ${goals.status} <> 'dropped')::int`,
        met: sql<number>`count(*) filter (where ${goals.status} = 'met')::int`,
        average: sql<number | null>`round(avg(${goals.progress}) filter (where ${goals.status} <> 'dropped'))::int`,
      })
      .from(goals)
      .where(and(eq(goals.organizationId, organizationId), inArray(goals.relationshipId, ids)))
      .groupBy(goals.relationshipId),
    db
      .select({
        relationshipId: closures.relationshipId,
        kind: closures.kind,
        status: closures.status,
        nextStep: closures.nextStep,
        earlyExitReason: closures.earlyExitReason,
        rematchRequested: closures.rematchRequested,
      })
      .from(closures)
      .where(and(eq(closures.organizationId, organizationId), inArray(closures.relationshipId, ids))),
  ]);
  const heldBy = new Map(held.map((row) => [row.relationshipId, row.held]));
  const goalsBy = new Map(goalStats.map((row) => [row.relationshipId, row]));
  const closureBy = new Map(closed.map((row) => [row.relationshipId, row]));
  for (const id of ids) {
    const goal = goalsBy.get(id);
    const closure = closureBy.get(id);
    health.set(id, {
      meetingsHeld: heldBy.get(id) ?? 0,
      goals: { count: goal?.count ?? 0, met: goal?.met ?? 0, averageProgress: goal?.average ?? null },
      closure: closure
        ? {
            kind: closure.kind,
            status: closure.status,
            nextStep: closure.nextStep,
            earlyExitReason: closure.kind === 'early_exit' ? closure.earlyExitReason : null,
            rematchRequested: closure.rematchRequested ?? false,
          }
        : null,
    });
  }
  return health;
}

/** Every closure survey answer of a program, without who gave it (for aggregates only). */
export async function listProgramSurveyAnswers(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<Array<{ rating: number; qualities: Record<string, number> | null }>> {
  return db
    .select({ rating: closureSurveys.rating, qualities: closureSurveys.qualities })
    .from(closureSurveys)
    .innerJoin(
      relationships,
      and(eq(relationships.organizationId, closureSurveys.organizationId), eq(relationships.id, closureSurveys.relationshipId)),
    )
    .where(and(eq(closureSurveys.organizationId, organizationId), eq(relationships.programId, programId)));
}
