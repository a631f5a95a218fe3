import { createRoute, z } from '@hono/zod-openapi';
import {
  AddMilestoneSchema,
  ChangeGoalStatusSchema,
  CreateGoalSchema,
  GoalHistorySchema,
  GoalListSchema,
  GoalSchema,
  GoalSummarySchema,
  RefineGoalSchema,
  TickMilestoneSchema,
  UpdateGoalProgressSchema,
  type Goal,
  type GoalRevision,
  type GoalSummary,
} from '../../../shared/schemas/goals.ts';
import {
  addMilestone,
  changeGoalStatus,
  createGoal,
  getGoalSummary,
  listGoalHistory,
  listGoals,
  refineGoal,
  tickMilestone,
  updateGoalProgress,
  type GoalView,
} from '../../services/relationships/goal.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

type GoalRevisionView = Awaited<ReturnType<typeof listGoalHistory>>[number];
type GoalSummaryView = Awaited<ReturnType<typeof getGoalSummary>>;

const tags = ['Goals'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });
const GoalParams = RelationshipParams.extend({ goalId: uuidParam('goalId') });
const MilestoneParams = GoalParams.extend({ milestoneId: uuidParam('milestoneId') });
const GoalResponse = GoalSchema.meta({ id: 'Goal' });
const changed = { 200: jsonResponse(GoalResponse, 'The goal after the change'), ...errorResponses(400, 401, 404, 409, 422) };

const list = route({
  method: 'get',
  path: '/relationships/{relationshipId}/goals',
  summary: 'The pair’s SMART goals with progress, milestones and missing-letter warnings (the pair only)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(GoalListSchema.meta({ id: 'GoalList' }), 'The goals'), ...errorResponses(401, 404, 422) },
});
const summary = route({
  method: 'get',
  path: '/relationships/{relationshipId}/goals/summary',
  summary: 'Counts and progress of the goals, without their wording (the pair, coordinators and admins)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(GoalSummarySchema.meta({ id: 'GoalSummary' }), 'The summary'), ...errorResponses(401, 404, 422) },
});
const create = route({
  method: 'post',
  path: '/relationships/{relationshipId}/goals',
  summary: 'Add a goal; missing SMART letters are answered as warnings, not refused',
  request: { params: RelationshipParams, body: jsonBody(CreateGoalSchema.meta({ id: 'CreateGoal' })) },
  responses: { 201: jsonResponse(GoalResponse, 'The new goal'), ...errorResponses(400, 401, 404, 409, 422) },
});
const refine = route({
  method: 'patch',
  path: '/relationships/{relationshipId}/goals/{goalId}',
  summary: 'Refine an active goal’s wording (the old wording is kept in the history)',
  request: { params: GoalParams, body: jsonBody(RefineGoalSchema.meta({ id: 'RefineGoal' })) },
  responses: changed,
});
const progress = route({
  method: 'put',
  path: '/relationships/{relationshipId}/goals/{goalId}/progress',
  summary: 'Record progress (0-100) on an active goal',
  request: { params: GoalParams, body: jsonBody(UpdateGoalProgressSchema.meta({ id: 'UpdateGoalProgress' })) },
  responses: changed,
});
const status = route({
  method: 'put',
  path: '/relationships/{relationshipId}/goals/{goalId}/status',
  summary: 'Mark a goal met (progress 100), dropped, or active again',
  request: { params: GoalParams, body: jsonBody(ChangeGoalStatusSchema.meta({ id: 'ChangeGoalStatus' })) },
  responses: changed,
});
const history = route({
  method: 'get',
  path: '/relationships/{relationshipId}/goals/{goalId}/history',
  summary: 'A goal’s history, oldest first, with the wording before each refinement',
  request: { params: GoalParams },
  responses: { 200: jsonResponse(GoalHistorySchema.meta({ id: 'GoalHistory' }), 'The history'), ...errorResponses(401, 404, 422) },
});
const milestone = route({
  method: 'post',
  path: '/relationships/{relationshipId}/goals/{goalId}/milestones',
  summary: 'Add a milestone to an active goal',
  request: { params: GoalParams, body: jsonBody(AddMilestoneSchema.meta({ id: 'AddMilestone' })) },
  responses: { 201: jsonResponse(GoalResponse, 'The goal with the new milestone'), ...errorResponses(400, 401, 404, 409, 422) },
});
const tick = route({
  method: 'put',
  path: '/relationships/{relationshipId}/goals/{goalId}/milestones/{milestoneId}',
  summary: 'Tick a milestone done, or untick it',
  request: { params: MilestoneParams, body: jsonBody(TickMilestoneSchema.meta({ id: 'TickMilestone' })) },
  responses: changed,
});

/** A goal on the wire. */
export function presentGoal(goal: GoalView): Goal {
  return {
    id: goal.id,
    specific: goal.specific,
    measure: goal.measure,
    achievable: goal.achievable,
    relevant: goal.relevant,
    dueOn: goal.dueOn,
    progress: goal.progress,
    status: goal.status,
    functions: goal.functions,
    createdById: goal.createdById,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    metAt: goal.metAt?.toISOString() ?? null,
    milestones: goal.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneAt: m.doneAt?.toISOString() ?? null })),
    smartWarnings: goal.smartWarnings,
  };
}

function presentRevision(revision: GoalRevisionView): GoalRevision {
  return { ...revision, changedAt: revision.changedAt.toISOString() };
}

function presentSummary(summary: GoalSummaryView): GoalSummary {
  return { ...summary, allMetAt: summary.allMetAt?.toISOString() ?? null };
}

/** SMART goals of a relationship: list, add, refine, progress, status, milestones, history, summary. */
export function goalRoutes() {
  return createRouter()
    .openapi(list, async (c) =>
      c.json({ goals: (await listGoals(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)).map(presentGoal) }, 200),
    )
    .openapi(summary, async (c) =>
      c.json(presentSummary(await getGoalSummary(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)), 200),
    )
    .openapi(create, async (c) =>
      c.json(presentGoal(await createGoal(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))), 201),
    )
    .openapi(refine, async (c) => {
      const { relationshipId, goalId } = c.req.valid('param');
      return c.json(presentGoal(await refineGoal(c.var.ctx, requireActor(c), relationshipId, goalId, c.req.valid('json'))), 200);
    })
    .openapi(progress, async (c) => {
      const { relationshipId, goalId } = c.req.valid('param');
      return c.json(presentGoal(await updateGoalProgress(c.var.ctx, requireActor(c), relationshipId, goalId, c.req.valid('json'))), 200);
    })
    .openapi(status, async (c) => {
      const { relationshipId, goalId } = c.req.valid('param');
      return c.json(presentGoal(await changeGoalStatus(c.var.ctx, requireActor(c), relationshipId, goalId, c.req.valid('json'))), 200);
    })
    .openapi(history, async (c) => {
      const { relationshipId, goalId } = c.req.valid('param');
      return c.json({ revisions: (await listGoalHistory(c.var.ctx, requireActor(c), relationshipId, goalId)).map(presentRevision) }, 200);
    })
    .openapi(milestone, async (c) => {
      const { relationshipId, goalId } = c.req.valid('param');
      return c.json(presentGoal(await addMilestone(c.var.ctx, requireActor(c), relationshipId, goalId, c.req.valid('json'))), 201);
    })
    .openapi(tick, async (c) => {
      const { relationshipId, goalId, milestoneId } = c.req.valid('param');
      return c.json(
        presentGoal(await tickMilestone(c.var.ctx, requireActor(c), relationshipId, goalId, milestoneId, c.req.valid('json').done)),
        200,
      );
    });
}
