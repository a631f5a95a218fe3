import { createRoute } from '@hono/zod-openapi';
import { CircleListSchema, CircleSchema } from '../../../shared/schemas/circles.ts';
import { listProgramCircles } from '../../services/circles/circle.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const CircleList = CircleListSchema.extend({ circles: CircleSchema.meta({ id: 'Circle' }).array() }).meta({ id: 'CircleList' });

const listCircles = createRoute({
  method: 'get',
  path: '/programs/{programId}/circles',
  tags: ['Circles'],
  security: sessionSecurity,
  summary: 'Group circles (coordinators: all, with proposals and affinity; participants: their active circles)',
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(CircleList, 'Circles'), ...errorResponses(401, 403, 404, 422) },
});

/** Group circles of a program. */
export function circleRoutes() {
  return createRouter().openapi(listCircles, async (c) =>
    c.json({ circles: await listProgramCircles(c.var.ctx, requireActor(c), c.req.valid('param').programId) }, 200),
  );
}
