import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RelationshipStage } from '../../../shared/enums.ts';
import type { Database } from '../database.ts';
import { closures, closureSurveys, goals, meetings, people, relationships } from '../schema/index.ts';

/** One relationship of a program as a coordinator's overview shows it: shape and counts only. */
export type RelationshipOverviewRecord = {
  id: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  status: 'active' | 'closed';
  stage: RelationshipStage;
  startedAt: Date;
  closedAt: Date | null;
  lastTouchAt: Date | null;
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

const mentors = alias(people, 'overview_mentor');
const mentees = alias(people, 'overview_mentee');

/**
 * A program's relationships with their stage, touch point, meetings held, goal counts and
 * closure shape; reads no note, log, agreement text or survey answer.
 *
 * @example const rows = await listRelationshipOverview(db, orgId, programId);
 */
export async function listRelationshipOverview(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<RelationshipOverviewRecord[]> {
  const held = db
    .select({ relationshipId: meetings.relationshipId, held: sql<number>`count(*)::int`.as('held') })
    .from(meetings)
    .where(and(eq(meetings.organizationId, organizationId), eq(meetings.status, 'held')))
    .groupBy(meetings.relationshipId)
    .as('held');
  const goalStats = db
    .select({
      relationshipId: goals.relationshipId,
      count: sql<number>`count(*) filter (where ${goals.status} <> 'dropped')::int`.as('goal_count'),
      met: sql<number>`count(*) filter (where ${goals.status} = 'met')::int`.as('goal_met'),
      average: sql<number | null>`round(avg(${goals.progress}) filter (where ${goals.status} <> 'dropped'))::int`.as('goal_average'),
    })
    .from(goals)
    .where(eq(goals.organizationId, organizationId))
    .groupBy(goals.relationshipId)
    .as('goal_stats');
  const rows = await db
    .select({
      id: relationships.id,
      mentorId: relationships.mentorId,
      mentorName: mentors.displayName,
      menteeId: relationships.menteeId,
      menteeName: mentees.displayName,
      status: relationships.status,
      stage: relationships.stage,
      startedAt: relationships.startedAt,
      closedAt: relationships.closedAt,
      lastTouchAt: relationships.lastTouchAt,
      meetingsHeld: held.held,
      goalCount: goalStats.count,
      goalMet: goalStats.met,
      goalAverage: goalStats.average,
      closureKind: closures.kind,
      closureStatus: closures.status,
      nextStep: closures.nextStep,
      earlyExitReason: closures.earlyExitReason,
      rematchRequested: closures.rematchRequested,
    })
    .from(relationships)
    .innerJoin(mentors, and(eq(mentors.organizationId, relationships.organizationId), eq(mentors.id, relationships.mentorId)))
    .innerJoin(mentees, and(eq(mentees.organizationId, relationships.organizationId), eq(mentees.id, relationships.menteeId)))
    .leftJoin(held, eq(held.relationshipId, relationships.id))
    .leftJoin(goalStats, eq(goalStats.relationshipId, relationships.id))
    .leftJoin(closures, and(eq(closures.organizationId, relationships.organizationId), eq(closures.relationshipId, relationships.id)))
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.programId, programId)))
    .orderBy(asc(relationships.status), asc(mentors.displayName), asc(mentees.displayName));
  return rows.map((row) => ({
    id: row.id,
    mentor: { id: row.mentorId, name: row.mentorName },
    mentee: { id: row.menteeId, name: row.menteeName },
    status: row.status,
    stage: row.stage,
    startedAt: row.startedAt,
    closedAt: row.closedAt,
    lastTouchAt: row.lastTouchAt,
    meetingsHeld: row.meetingsHeld ?? 0,
    goals: { count: row.goalCount ?? 0, met: row.goalMet ?? 0, averageProgress: row.goalAverage ?? null },
    closure:
      row.closureKind && row.closureStatus
        ? {
            kind: row.closureKind,
            status: row.closureStatus,
            nextStep: row.nextStep,
            earlyExitReason: row.closureKind === 'early_exit' ? row.earlyExitReason : null,
            rematchRequested: row.rematchRequested ?? false,
          }
        : null,
  }));
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
