import { createRoute, type z } from '@hono/zod-openapi';
import { RelationshipListSchema, type RelationshipSummarySchema } from '../../../shared/schemas/matching.ts';
import { listProgramRelationships, type RelationshipSummary } from '../../services/relationships/program-relationships.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const relationships = createRoute({
  tags: ['Relationships'],
  security: sessionSecurity,
  method: 'get',
  path: '/programs/{programId}/relationships',
  summary: 'Relationships (all for coordinators, one’s own for participants)',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(RelationshipListSchema.meta({ id: 'RelationshipList' }), 'Relationships'),
    ...errorResponses(401, 404, 422),
  },
});

function presentRelationship(relationship: RelationshipSummary): z.infer<typeof RelationshipSummarySchema> {
  return { ...relationship, startedAt: relationship.startedAt.toISOString() };
}

/** GET /programs/{id}/relationships: a program's relationships as the caller may see them. */
export function programRelationshipRoutes() {
  return createRouter().openapi(relationships, async (c) =>
    c.json(
      {
        relationships: (await listProgramRelationships(c.var.ctx, requireActor(c), c.req.valid('param').programId)).map(
          presentRelationship,
        ),
      },
      200,
    ),
  );
}
