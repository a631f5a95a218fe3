import { createRoute } from '@hono/zod-openapi';
import { cancelMatchingRun } from '../../services/matching/matching-cancel.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentMatchingRun } from './matching.presenter.ts';
import { Run, RunParams } from './matching.routes.ts';

const cancel = createRoute({
  tags: ['Matching'],
  security: sessionSecurity,
  method: 'post',
  path: '/matching-runs/{runId}/cancel',
  summary: 'Cancel a running matching run (its work stops; nothing of it is kept)',
  request: { params: RunParams },
  responses: { 200: jsonResponse(Run, 'Cancelled'), ...errorResponses(401, 403, 404, 409, 422) },
});

/** Controlling a run while it runs (coordinators): cancel it. */
export function matchingRunControlRoutes() {
  return createRouter().openapi(cancel, async (c) => {
    const run = await cancelMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').runId);
    return c.json(presentMatchingRun({ ...run, summary: null, circles: [] }), 200);
  });
}
