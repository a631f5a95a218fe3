import { createRoute, z } from '@hono/zod-openapi';
import { relationshipStages } from '../../../shared/enums.ts';
import { ChangeStageSchema, StageHistorySchema, StageSignalsSchema } from '../../../shared/schemas/stages.ts';
import { changeStage, getStageHistory, getStageSignals } from '../../services/relationships/stage.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Relationship stages'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });

const put = route({
  method: 'put',
  path: '/relationships/{relationshipId}/stage',
  summary: 'Move the relationship to a stage, with a note (either of the pair)',
  request: { params: RelationshipParams, body: jsonBody(ChangeStageSchema.meta({ id: 'ChangeStage' })) },
  responses: {
    200: jsonResponse(z.object({ stage: z.enum(relationshipStages) }).meta({ id: 'StageChanged' }), 'Moved'),
    ...errorResponses(400, 401, 404, 409, 422),
  },
});
const history = route({
  method: 'get',
  path: '/relationships/{relationshipId}/stage-history',
  summary: 'Every change of stage, oldest first (the pair, and coordinators without the notes)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(StageHistorySchema.meta({ id: 'StageHistory' }), 'The history'), ...errorResponses(401, 404, 422) },
});
const signals = route({
  method: 'get',
  path: '/relationships/{relationshipId}/signals',
  summary: 'What the stage signals suggest now, each with a one-line explanation (the pair and coordinators)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(StageSignalsSchema.meta({ id: 'StageSignals' }), 'Suggestions'), ...errorResponses(401, 404, 422) },
});

/** The stage of a relationship: set by the pair, its history, and the signals' suggestions. */
export function stageRoutes() {
  return createRouter()
    .openapi(put, async (c) =>
      c.json(await changeStage(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json')), 200),
    )
    .openapi(history, async (c) => {
      const changes = await getStageHistory(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId);
      return c.json({ changes: changes.map((change) => ({ ...change, changedAt: change.changedAt.toISOString() })) }, 200);
    })
    .openapi(signals, async (c) => c.json(await getStageSignals(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId), 200));
}
