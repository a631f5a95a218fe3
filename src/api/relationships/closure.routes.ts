import { createRoute } from '@hono/zod-openapi';
import { ClosurePartSchema, ClosureStateSchema, ClosureSurveyInputSchema, EarlyExitSchema } from '../../../shared/schemas/closures.ts';
import { answerClosureSurvey, exitEarly, getClosure, submitClosurePart } from '../../services/relationships/closure.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Relationship closure'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const ClosureState = ClosureStateSchema.meta({ id: 'ClosureState' });

const get = route({
  method: 'get',
  path: '/relationships/{relationshipId}/closure',
  summary: 'The closure as I may see it (the pair: the form and my own survey; coordinators: its shape and any early-exit reason)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(ClosureState, 'The closure, or null'), ...errorResponses(401, 404, 422) },
});
const part = route({
  method: 'put',
  path: '/relationships/{relationshipId}/closure',
  summary: 'Give my part of the closure form (the first part starts closure; both parts close the relationship)',
  request: { params: RelationshipParams, body: jsonBody(ClosurePartSchema.meta({ id: 'ClosurePart' })) },
  responses: { 200: jsonResponse(ClosureState, 'Saved'), ...errorResponses(400, 401, 404, 409, 422) },
});
const exit = route({
  method: 'post',
  path: '/relationships/{relationshipId}/closure/early-exit',
  summary: 'End the relationship now, no fault (the reason reaches coordinators only; a mentee may ask for a rematch)',
  request: { params: RelationshipParams, body: jsonBody(EarlyExitSchema.meta({ id: 'EarlyExit' })) },
  responses: { 200: jsonResponse(ClosureState, 'Ended'), ...errorResponses(400, 401, 404, 409, 422) },
});
const survey = route({
  method: 'put',
  path: '/relationships/{relationshipId}/closure/survey',
  summary: 'Answer my confidential closure survey (once)',
  request: { params: RelationshipParams, body: jsonBody(ClosureSurveyInputSchema.meta({ id: 'ClosureSurveyInput' })) },
  responses: { 200: jsonResponse(ClosureState, 'Answered'), ...errorResponses(400, 401, 404, 409, 422) },
});

/** Closure of a relationship: the form, the no-fault early exit and the closure survey. */
export function closureRoutes() {
  return createRouter()
    .openapi(get, async (c) => c.json(await getClosure(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId), 200))
    .openapi(part, async (c) =>
      c.json(await submitClosurePart(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json')), 200),
    )
    .openapi(exit, async (c) =>
      c.json(await exitEarly(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json')), 200),
    )
    .openapi(survey, async (c) =>
      c.json(await answerClosureSurvey(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json')), 200),
    );
}
