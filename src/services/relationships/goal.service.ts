import type { AddMilestone, ChangeGoalStatus, CreateGoal, RefineGoal, UpdateGoalProgress } from '../../../shared/schemas/goals.ts';
import { limits } from '../../../shared/limits.ts';
import type { Database } from '../../db/database.ts';
import {
  countGoalsOfRelationship,
  findGoalById,
  insertGoal,
  insertGoalRevision,
  insertMilestone,
  listGoalRevisions,
  listGoalsOfRelationship,
  setMilestoneDone,
  summarizeGoals,
  updateGoal,
  type GoalRecord,
  type GoalRevisionRecord,
  type GoalSummaryRecord,
} from '../../db/repositories/goal.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { changedWordingFields, checkSmartGoal, type GoalWording, type SmartWarning } from '../../domain/relationships/smart-goal.ts';
import type { ServiceContext } from '../context.ts';
import { changeAsParticipant } from './pair-change.ts';
import { getRelationshipAsParticipant, getRelationshipAsViewer } from './relationship-access.ts';

/** A goal as the pair sees it, with the SMART letters its wording is missing. */
export type GoalView = GoalRecord & { smartWarnings: SmartWarning[] };

const wordingOf = (goal: GoalWording): GoalWording => ({
  specific: goal.specific,
  measure: goal.measure,
  achievable: goal.achievable,
  relevant: goal.relevant,
  dueOn: goal.dueOn,
});
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

function viewOf(goal: GoalRecord, now: Date): GoalView {
  // A passed due date only matters while the goal is still being worked on.
  return { ...goal, smartWarnings: checkSmartGoal(wordingOf(goal), goal.status === 'active' ? isoDay(now) : undefined) };
}

type GoalChange = (trx: Database, goal: GoalRecord, now: Date) => Promise<void>;

/** Runs one change of one goal under the relationship lock; returns the goal after it. */
async function changeGoal(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  change: GoalChange,
): Promise<GoalView> {
  const now = await changeAsParticipant(ctx, actor, relationshipId, async ({ trx, relationship, now }) => {
    const goal = await findGoalById(trx, actor.organizationId, relationship.id, goalId);
    if (!goal) throw notFound('goal');
    await change(trx, goal, now);
    return now;
  });
  return readGoal(ctx, actor, relationshipId, goalId, now);
}

async function readGoal(ctx: ServiceContext, actor: Actor, relationshipId: string, goalId: string, now: Date): Promise<GoalView> {
  const goal = await findGoalById(ctx.db, actor.organizationId, relationshipId, goalId);
  if (!goal) throw notFound('goal');
  return viewOf(goal, now);
}

function requireActiveGoal(goal: GoalRecord): void {
  if (goal.status !== 'active') throw conflict('goal_not_active', `This goal is ${goal.status}; make it active again to change it`);
}

/**
 * The relationship's goals, oldest first, for the pair only (goals are shared between the two).
 *
 * @example const goals = await listGoals(ctx, mentee, relationshipId);
 */
export async function listGoals(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<GoalView[]> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const now = ctx.now();
  return (await listGoalsOfRelationship(ctx.db, actor.organizationId, relationship.id)).map((goal) => viewOf(goal, now));
}

/**
 * Either side adds a goal. A wording missing SMART letters is saved with warnings, never refused.
 *
 * @example const goal = await createGoal(ctx, mentee, relationshipId, { specific: 'Lead the Q3 budget review', measure: '', achievable: '', relevant: '', dueOn: null, functions: [] });
 */
export async function createGoal(ctx: ServiceContext, actor: Actor, relationshipId: string, input: CreateGoal): Promise<GoalView> {
  const [goalId, now] = await changeAsParticipant(ctx, actor, relationshipId, async ({ trx, relationship, now }) => {
    if ((await countGoalsOfRelationship(trx, actor.organizationId, relationship.id)) >= limits.goalsPerRelationshipMax) {
      throw conflict('goal_limit_reached', `A relationship keeps at most ${limits.goalsPerRelationshipMax} goals`);
    }
    const id = await insertGoal(trx, actor.organizationId, {
      ...wordingOf(input),
      relationshipId: relationship.id,
      functions: input.functions,
      createdById: actor.personId,
      createdAt: now,
    });
    await insertGoalRevision(trx, actor.organizationId, id, {
      kind: 'created',
      progress: 0,
      previousWording: null,
      note: '',
      changedById: actor.personId,
      changedAt: now,
    });
    return [id, now] as const;
  });
  return readGoal(ctx, actor, relationshipId, goalId, now);
}

/**
 * Refines an active goal's wording; the history keeps the wording as it was. A refinement that
 * changes nothing writes nothing.
 *
 * @example await refineGoal(ctx, mentor, relationshipId, goalId, { measure: 'Two reviews led alone', note: 'after our talk' });
 */
export async function refineGoal(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: RefineGoal,
): Promise<GoalView> {
  return changeGoal(ctx, actor, relationshipId, goalId, async (trx, goal, now) => {
    requireActiveGoal(goal);
    const before = wordingOf(goal);
    const after: GoalWording = {
      specific: input.specific ?? before.specific,
      measure: input.measure ?? before.measure,
      achievable: input.achievable ?? before.achievable,
      relevant: input.relevant ?? before.relevant,
      dueOn: input.dueOn === undefined ? before.dueOn : input.dueOn,
    };
    if (changedWordingFields(before, after).length === 0) return;
    await updateGoal(trx, actor.organizationId, goal.id, { ...after, updatedAt: now });
    await insertGoalRevision(trx, actor.organizationId, goal.id, {
      kind: 'refined',
      progress: goal.progress,
      previousWording: before,
      note: input.note,
      changedById: actor.personId,
      changedAt: now,
    });
  });
}

/** Records progress (0-100) on an active goal, kept in its history. */
export async function updateGoalProgress(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: UpdateGoalProgress,
): Promise<GoalView> {
  return changeGoal(ctx, actor, relationshipId, goalId, async (trx, goal, now) => {
    requireActiveGoal(goal);
    await updateGoal(trx, actor.organizationId, goal.id, { progress: input.progress, updatedAt: now });
    await insertGoalRevision(trx, actor.organizationId, goal.id, {
      kind: 'progress',
      progress: input.progress,
      previousWording: null,
      note: input.note,
      changedById: actor.personId,
      changedAt: now,
    });
  });
}

/**
 * Marks a goal met (progress becomes 100), dropped, or active again; kept in its history.
 *
 * @example await changeGoalStatus(ctx, mentee, relationshipId, goalId, { status: 'met', note: '' });
 */
export async function changeGoalStatus(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: ChangeGoalStatus,
): Promise<GoalView> {
  return changeGoal(ctx, actor, relationshipId, goalId, async (trx, goal, now) => {
    if (goal.status === input.status) throw conflict('goal_status_unchanged', `This goal is already ${goal.status}`);
    const progress = input.status === 'met' ? 100 : goal.progress;
    await updateGoal(trx, actor.organizationId, goal.id, {
      status: input.status,
      progress,
      metAt: input.status === 'met' ? now : null,
      updatedAt: now,
    });
    await insertGoalRevision(trx, actor.organizationId, goal.id, {
      kind: 'status',
      progress,
      previousWording: null,
      note: input.note ? `Marked ${input.status}: ${input.note}` : `Marked ${input.status}`,
      changedById: actor.personId,
      changedAt: now,
    });
  });
}

/** Adds a milestone to an active goal. */
export async function addMilestone(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: AddMilestone,
): Promise<GoalView> {
  return changeGoal(ctx, actor, relationshipId, goalId, async (trx, goal, now) => {
    requireActiveGoal(goal);
    if (goal.milestones.length >= limits.goalMilestonesMax)
      throw conflict('milestone_limit_reached', `A goal keeps at most ${limits.goalMilestonesMax} milestones`);
    await insertMilestone(trx, actor.organizationId, goal.id, input);
    await updateGoal(trx, actor.organizationId, goal.id, { updatedAt: now });
  });
}

/** Ticks a milestone done, or unticks it. */
export async function tickMilestone(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  milestoneId: string,
  done: boolean,
): Promise<GoalView> {
  return changeGoal(ctx, actor, relationshipId, goalId, async (trx, goal, now) => {
    if (!(await setMilestoneDone(trx, actor.organizationId, goal.id, milestoneId, done ? now : null))) throw notFound('milestone');
    await updateGoal(trx, actor.organizationId, goal.id, { updatedAt: now });
  });
}

/** A goal's history, oldest first: creation, progress updates, refinements (with the old wording), status changes. */
export async function listGoalHistory(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
): Promise<GoalRevisionRecord[]> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const goal = await findGoalById(ctx.db, actor.organizationId, relationship.id, goalId);
  if (!goal) throw notFound('goal');
  return listGoalRevisions(ctx.db, actor.organizationId, goal.id);
}

const noGoals: GoalSummaryRecord = { count: 0, met: 0, dropped: 0, averageProgress: 0, shareAbove70: 0, allMetAt: null, dueDates: [] };

/**
 * Counts and progress of the relationship's goals, never their wording: for the pair and the
 * program's coordinators and org admins.
 *
 * @example const { count, averageProgress } = await getGoalSummary(ctx, coordinator, relationshipId);
 */
export async function getGoalSummary(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<GoalSummaryRecord> {
  const { relationship } = await getRelationshipAsViewer(ctx, actor, relationshipId);
  return (await summarizeGoals(ctx.db, actor.organizationId, [relationship.id])).get(relationship.id) ?? noGoals;
}
