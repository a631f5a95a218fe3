import { createRoute, type z } from '@hono/zod-openapi';
import {
  ProgramRelationshipPageSchema,
  ProgramRelationshipQuerySchema,
  type ProgramRelationshipSchema,
} from '../../../shared/schemas/program-relationships.ts';
import { listProgramRelationships, type ProgramRelationshipView } from '../../services/relationships/program-relationships.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const relationships = createRoute({
  tags: ['Relationships'],
  security: sessionSecurity,
  method: 'get',
  path: '/programs/{programId}/relationships',
  summary:
    'A page of the program’s relationships (all for coordinators, one’s own for participants): stage, last touch point, meetings held, goal progress and risk, never content',
  request: { params: ProgramParams, query: ProgramRelationshipQuerySchema },
  responses: {
    200: jsonResponse(ProgramRelationshipPageSchema.meta({ id: 'ProgramRelationshipPage' }), 'Relationships'),
    ...errorResponses(401, 404, 422),
  },
});

function presentRelationship(row: ProgramRelationshipView): z.infer<typeof ProgramRelationshipSchema> {
  return {
    ...row,
    startedAt: row.startedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    lastTouchAt: row.lastTouchAt?.toISOString() ?? null,
  };
}

/** GET /programs/{id}/relationships: a program's relationships as the caller may see them, a page at a time. */
export function programRelationshipRoutes() {
  return createRouter().openapi(relationships, async (c) => {
    const page = await listProgramRelationships(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query'));
    return c.json({ items: page.items.map(presentRelationship), nextCursor: page.nextCursor }, 200);
  });
}
