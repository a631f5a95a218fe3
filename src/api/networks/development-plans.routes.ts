import { createRoute, z } from '@hono/zod-openapi';
import {
  CreatePlanCommentSchema,
  DevelopmentPlanSchema,
  PlanCommentSchema,
  SaveDevelopmentPlanSchema,
  type DevelopmentPlan,
  type PlanComment,
} from '../../../shared/schemas/development-plans.ts';
import {
  commentOnPlan,
  getMyDevelopmentPlan,
  getSupervisedPlan,
  saveMyDevelopmentPlan,
  type DevelopmentPlanView,
  type PlanCommentView,
} from '../../services/networks/development-plan.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const tags = ['Development plans'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const PersonParams = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });
const PlanResponse = DevelopmentPlanSchema.meta({ id: 'DevelopmentPlan' });

const getMine = route({
  method: 'get',
  path: '/me/development-plan',
  summary: 'My career development plan, with my supervisor’s comments',
  responses: { 200: jsonResponse(PlanResponse, 'The plan (empty until saved)'), ...errorResponses(401) },
});
const saveMine = route({
  method: 'put',
  path: '/me/development-plan',
  summary: 'Save my whole plan: needs mapped to functions and expertise, shared with my supervisor or not',
  request: { body: jsonBody(SaveDevelopmentPlanSchema.meta({ id: 'SaveDevelopmentPlan' })) },
  responses: { 200: jsonResponse(PlanResponse, 'The saved plan'), ...errorResponses(400, 401, 422) },
});
const getSupervised = route({
  method: 'get',
  path: '/people/{personId}/development-plan',
  summary: 'A plan shared with me as the person’s supervisor (everyone else: 404)',
  request: { params: PersonParams },
  responses: { 200: jsonResponse(PlanResponse, 'The shared plan'), ...errorResponses(401, 404, 422) },
});
const comment = route({
  method: 'post',
  path: '/people/{personId}/development-plan/comments',
  summary: 'Add encouragement or a suggestion to a plan shared with me',
  request: { params: PersonParams, body: jsonBody(CreatePlanCommentSchema.meta({ id: 'CreatePlanComment' })) },
  responses: { 201: jsonResponse(PlanCommentSchema.meta({ id: 'PlanComment' }), 'The comment'), ...errorResponses(400, 401, 404, 422) },
});

function presentComment(record: PlanCommentView): PlanComment {
  return { ...record, createdAt: record.createdAt.toISOString() };
}

/** Renders a plan view for the API. */
export function presentPlan(plan: DevelopmentPlanView): DevelopmentPlan {
  return {
    ...plan,
    sharedAt: plan.sharedAt?.toISOString() ?? null,
    updatedAt: plan.updatedAt?.toISOString() ?? null,
    comments: plan.comments.map(presentComment),
  };
}

/** The career development plan: the owner's, and the supervisor's view when it is shared. */
export function developmentPlanRoutes() {
  return createRouter()
    .openapi(getMine, async (c) => c.json(presentPlan(await getMyDevelopmentPlan(c.var.ctx, requireActor(c))), 200))
    .openapi(saveMine, async (c) => c.json(presentPlan(await saveMyDevelopmentPlan(c.var.ctx, requireActor(c), c.req.valid('json'))), 200))
    .openapi(getSupervised, async (c) =>
      c.json(presentPlan(await getSupervisedPlan(c.var.ctx, requireActor(c), c.req.valid('param').personId)), 200),
    )
    .openapi(comment, async (c) =>
      c.json(presentComment(await commentOnPlan(c.var.ctx, requireActor(c), c.req.valid('param').personId, c.req.valid('json'))), 201),
    );
}
