import { createRoute } from '@hono/zod-openapi';
import { CirclePageSchema, CircleQuerySchema, CircleSchema } from '../../../shared/schemas/circles.ts';
import { listProgramCircles } from '../../services/circles/circle.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const CirclePage = CirclePageSchema.extend({ items: CircleSchema.meta({ id: 'Circle' }).array() }).meta({ id: 'CirclePage' });

const listCircles = createRoute({
  method: 'get',
  path: '/programs/{programId}/circles',
  tags: ['Circles'],
  security: sessionSecurity,
  summary: 'A page of the group circles by name (coordinators: all, with proposals and affinity; participants: their active circles)',
  request: { params: ProgramParams, query: CircleQuerySchema },
  responses: { 200: jsonResponse(CirclePage, 'Circles'), ...errorResponses(401, 403, 404, 422) },
});

/** Group circles of a program. */
export function circleRoutes() {
  return createRouter().openapi(listCircles, async (c) =>
    c.json(await listProgramCircles(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query')), 200),
  );
}
