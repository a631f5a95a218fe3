import { createRoute, z } from '@hono/zod-openapi';
import { RelationshipDetailSchema } from '../../../shared/schemas/relationships.ts';
import { getRelationship, type RelationshipView } from '../../services/relationships/relationship.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

/** The `{relationshipId}` path parameter, shared by every relationship sub-resource. */
export const RelationshipParams = z.object({ relationshipId: z.uuid().openapi({ param: { name: 'relationshipId', in: 'path' } }) });

const tags = ['Relationships'];
const getOne = createRoute({
  tags,
  security: sessionSecurity,
  method: 'get',
  path: '/relationships/{relationshipId}',
  summary: 'A relationship: program, the pair, stage and last touch point (the pair and the program’s coordinators)',
  request: { params: RelationshipParams },
  responses: {
    200: jsonResponse(RelationshipDetailSchema.meta({ id: 'RelationshipDetail' }), 'The relationship'),
    ...errorResponses(401, 404, 422),
  },
});

export function presentRelationshipDetail(view: RelationshipView): z.infer<typeof RelationshipDetailSchema> {
  return {
    ...view,
    startedAt: view.startedAt.toISOString(),
    closedAt: view.closedAt?.toISOString() ?? null,
    lastTouchAt: view.lastTouchAt?.toISOString() ?? null,
  };
}

/** GET /relationships/{id}; each feature of a relationship (agreement, goals, …) has its own routes file. */
export function relationshipRoutes() {
  return createRouter().openapi(getOne, async (c) =>
    c.json(presentRelationshipDetail(await getRelationship(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)), 200),
  );
}
