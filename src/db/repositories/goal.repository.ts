import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { GoalWording } from '../../domain/relationships/smart-goal.ts';
import type { Database } from '../database.ts';
import { goalMilestones, goalRevisions, goals } from '../schema/index.ts';

export type GoalStatus = 'active' | 'met' | 'dropped';
export type GoalMilestoneRecord = { id: string; title: string; dueOn: string | null; doneAt: Date | null };
/** One goal row, mapped, with its milestones in order. */
export type GoalRecord = GoalWording & {
  id: string;
  relationshipId: string;
  progress: number;
  status: GoalStatus;
  functions: MentoringFunction[];
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  metAt: Date | null;
  milestones: GoalMilestoneRecord[];
};
export type GoalRevisionRecord = {
  id: string;
  kind: 'created' | 'progress' | 'refined' | 'status';
  progress: number;
  previousWording: GoalWording | null;
  note: string;
  changedById: string;
  changedAt: Date;
};
/** The shape of one relationship's goals, without their wording (see `summarizeGoals`). */
export type GoalSummaryRecord = {
  count: number;
  met: number;
  dropped: number;
  averageProgress: number;
  shareAbove70: number;
  allMetAt: Date | null;
  dueDates: string[];
};

const goalColumns = {
  id: goals.id,
  relationshipId: goals.relationshipId,
  specific: goals.specific,
  measure: goals.measure,
  achievable: goals.achievable,
  relevant: goals.relevant,
  dueOn: goals.dueOn,
  progress: goals.progress,
  status: goals.status,
  functions: goals.functions,
  createdById: goals.createdById,
  createdAt: goals.createdAt,
  updatedAt: goals.updatedAt,
  metAt: goals.metAt,
};

async function milestonesOf(db: Database, organizationId: string, goalIds: string[]): Promise<Map<string, GoalMilestoneRecord[]>> {
  const byGoal = new Map<string, GoalMilestoneRecord[]>();
  if (goalIds.length === 0) return byGoal;
  const rows = await db
    .select({
      goalId: goalMilestones.goalId,
      id: goalMilestones.id,
      title: goalMilestones.title,
      dueOn: goalMilestones.dueOn,
      doneAt: goalMilestones.doneAt,
    })
    .from(goalMilestones)
    .where(and(eq(goalMilestones.organizationId, organizationId), inArray(goalMilestones.goalId, goalIds)))
    .orderBy(asc(goalMilestones.position), asc(goalMilestones.id));
  for (const { goalId, ...milestone } of rows) byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), milestone]);
  return byGoal;
}

/** The goals of a relationship, oldest first, each with its milestones. */
export async function listGoalsOfRelationship(db: Database, organizationId: string, relationshipId: string): Promise<GoalRecord[]> {
  const rows = await db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.relationshipId, relationshipId)))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  const milestones = await milestonesOf(
    db,
    organizationId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, functions: row.functions as MentoringFunction[], milestones: milestones.get(row.id) ?? [] }));
}

/** One goal of a relationship (null when it belongs to another relationship or organization). */
export async function findGoalById(
  db: Database,
  organizationId: string,
  relationshipId: string,
  goalId: string,
): Promise<GoalRecord | null> {
  const [row] = await db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.relationshipId, relationshipId), eq(goals.id, goalId)));
  if (!row) return null;
  const milestones = await milestonesOf(db, organizationId, [row.id]);
  return { ...row, functions: row.functions as MentoringFunction[], milestones: milestones.get(row.id) ?? [] };
}

/** How many goals a relationship has (all statuses). */
export async function countGoalsOfRelationship(db: Database, organizationId: string, relationshipId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.relationshipId, relationshipId)));
  return row?.n ?? 0;
}

/** Inserts a goal and returns its id. */
export async function insertGoal(
  db: Database,
  organizationId: string,
  row: GoalWording & { relationshipId: string; functions: MentoringFunction[]; createdById: string; createdAt: Date },
): Promise<string> {
  const [inserted] = await db
    .insert(goals)
    .values({ ...row, organizationId, updatedAt: row.createdAt })
    .returning({ id: goals.id });
  if (!inserted) throw new Error('goal not inserted');
  return inserted.id;
}

/** Changes a goal's wording, progress or status (the caller records the revision). */
export async function updateGoal(
  db: Database,
  organizationId: string,
  goalId: string,
  change: Partial<GoalWording> & { progress?: number; status?: GoalStatus; metAt?: Date | null; updatedAt: Date },
): Promise<void> {
  await db
    .update(goals)
    .set(change)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.id, goalId)));
}

/** Appends an entry to a goal's history. */
export async function insertGoalRevision(
  db: Database,
  organizationId: string,
  goalId: string,
  revision: Omit<GoalRevisionRecord, 'id'>,
): Promise<void> {
  await db.insert(goalRevisions).values({ ...revision, organizationId, goalId });
}

/** A goal's history, oldest first. */
export async function listGoalRevisions(db: Database, organizationId: string, goalId: string): Promise<GoalRevisionRecord[]> {
  const rows = await db
    .select({
      id: goalRevisions.id,
      kind: goalRevisions.kind,
      progress: goalRevisions.progress,
      previousWording: goalRevisions.previousWording,
      note: goalRevisions.note,
      changedById: goalRevisions.changedById,
      changedAt: goalRevisions.changedAt,
    })
    .from(goalRevisions)
    .where(and(eq(goalRevisions.organizationId, organizationId), eq(goalRevisions.goalId, goalId)))
    .orderBy(asc(goalRevisions.changedAt), asc(goalRevisions.id));
  return rows.map((row) => ({ ...row, previousWording: row.previousWording as GoalWording | null }));
}

/** Adds a milestone at the end of a goal's list. */
export async function insertMilestone(
  db: Database,
  organizationId: string,
  goalId: string,
  milestone: { title: string; dueOn: string | null },
): Promise<void> {
  const [last] = await db
    .select({ position: max(goalMilestones.position) })
    .from(goalMilestones)
    .where(and(eq(goalMilestones.organizationId, organizationId), eq(goalMilestones.goalId, goalId)));
  await db.insert(goalMilestones).values({ ...milestone, organizationId, goalId, position: (last?.position ?? -1) + 1 });
}

/** Ticks (with when) or unticks a milestone of a goal; false when there is no such milestone. */
export async function setMilestoneDone(
  db: Database,
  organizationId: string,
  goalId: string,
  milestoneId: string,
  doneAt: Date | null,
): Promise<boolean> {
  const updated = await db
    .update(goalMilestones)
    .set({ doneAt })
    .where(and(eq(goalMilestones.organizationId, organizationId), eq(goalMilestones.goalId, goalId), eq(goalMilestones.id, milestoneId)))
    .returning({ id: goalMilestones.id });
  return updated.length > 0;
}

/**
 * Per relationship, the shape of its goals without their wording, for coordinators' lists and
 * stage signals: how many (dropped ones apart), how many met, average progress, the share past
 * 70%, when the last was met once all are, and the active goals' due dates. Relationships
 * without goals are absent from the map.
 *
 * @example const summaries = await summarizeGoals(db, orgId, relationships.map((r) => r.id));
 */
export async function summarizeGoals(
  db: Database,
  organizationId: string,
  relationshipIds: string[],
): Promise<Map<string, GoalSummaryRecord>> {
  const summaries = new Map<string, GoalSummaryRecord>();
  if (relationshipIds.length === 0) return summaries;
  const rows = await db
    .select({
      relationshipId: goals.relationshipId,
      status: goals.status,
      progress: goals.progress,
      dueOn: goals.dueOn,
      metAt: goals.metAt,
    })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), inArray(goals.relationshipId, relationshipIds)));
  const byRelationship = Map.groupBy(rows, (row) => row.relationshipId);
  for (const [relationshipId, own] of byRelationship) {
    const kept = own.filter((g) => g.status !== 'dropped');
    const met = kept.filter((g) => g.status === 'met');
    const metTimes = met.map((g) => g.metAt?.getTime() ?? 0);
    summaries.set(relationshipId, {
      count: kept.length,
      met: met.length,
      dropped: own.length - kept.length,
      averageProgress: kept.length === 0 ? 0 : Math.round((kept.reduce((sum, g) => sum + g.progress, 0) / kept.length) * 10) / 10,
      shareAbove70: kept.length === 0 ? 0 : kept.filter((g) => g.progress > 70).length / kept.length,
      allMetAt: kept.length > 0 && met.length === kept.length ? new Date(Math.max(...metTimes)) : null,
      dueDates: own.flatMap((g) => (g.status === 'active' && g.dueOn ? [g.dueOn] : [])).sort(),
    });
  }
  return summaries;
}
