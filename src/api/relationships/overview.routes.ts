import { createRoute } from '@hono/zod-openapi';
import { RelationshipOverviewSchema } from '../../../shared/schemas/program-relationships.ts';
import { getRelationshipOverview } from '../../services/relationships/relationship-overview.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const overview = createRoute({
  tags: ['Relationships'],
  security: sessionSecurity,
  method: 'get',
  path: '/programs/{programId}/relationship-overview',
  summary:
    'The program’s relationships counted for its coordinators (by status, stage and risk) with the closure survey aggregates; the rows are paged by GET /programs/{programId}/relationships',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(RelationshipOverviewSchema.meta({ id: 'RelationshipOverview' }), 'The overview'),
    ...errorResponses(401, 403, 404, 422),
  },
});

/** GET /programs/{id}/relationship-overview: the counts above the coordinators' list of relationships. */
export function relationshipOverviewRoutes() {
  return createRouter().openapi(overview, async (c) =>
    c.json(await getRelationshipOverview(c.var.ctx, requireActor(c), c.req.valid('param').programId), 200),
  );
}
