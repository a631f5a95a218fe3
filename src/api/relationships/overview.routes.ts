import { createRoute, type z } from '@hono/zod-openapi';
import { RelationshipOverviewSchema } from '../../../shared/schemas/stages.ts';
import { getRelationshipOverview, type RelationshipOverviewItem } from '../../services/relationships/relationship-overview.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const overview = createRoute({
  tags: ['Relationships'],
  security: sessionSecurity,
  method: 'get',
  path: '/programs/{programId}/relationship-overview',
  summary: 'The program’s relationships for its coordinators: stage, touch points, meetings held, goal progress and risk, no content',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(RelationshipOverviewSchema.meta({ id: 'RelationshipOverview' }), 'The overview'),
    ...errorResponses(401, 403, 404, 422),
  },
});

function presentRow(row: RelationshipOverviewItem): z.infer<typeof RelationshipOverviewSchema>['relationships'][number] {
  return {
    ...row,
    startedAt: row.startedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    lastTouchAt: row.lastTouchAt?.toISOString() ?? null,
  };
}

/** GET /programs/{id}/relationship-overview, the coordinators' list of relationships. */
export function relationshipOverviewRoutes() {
  return createRouter().openapi(overview, async (c) => {
    const { relationships, surveySummary } = await getRelationshipOverview(c.var.ctx, requireActor(c), c.req.valid('param').programId);
    return c.json({ relationships: relationships.map(presentRow), surveySummary }, 200);
  });
}
