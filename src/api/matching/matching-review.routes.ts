import { createRoute } from '@hono/zod-openapi';
import { LatestMatchingRunSchema } from '../../../shared/schemas/matching.ts';
import { getLatestMatchingRun, getMatchingRun } from '../../services/matching/matching-run-view.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { presentMatchingRun } from './matching.presenter.ts';
import { Run, RunParams } from './matching.routes.ts';

const tags = ['Matching'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });

const latestRun = route({
  method: 'get',
  path: '/programs/{programId}/matching/runs/latest',
  summary: 'The latest run and its proposal (null before the first run)',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(LatestMatchingRunSchema.meta({ id: 'LatestMatchingRun' }), 'Run or null'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const getRun = route({
  method: 'get',
  path: '/matching-runs/{runId}',
  summary: 'A run: progress, then proposal with explanations (coordinators)',
  request: { params: RunParams },
  responses: { 200: jsonResponse(Run, 'Run'), ...errorResponses(401, 403, 404, 422) },
});
/** Reviewing a run: its progress, summary and proposal (coordinators). */
export function matchingReviewRoutes() {
  return createRouter()
    .openapi(latestRun, async (c) => {
      const run = await getLatestMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').programId);
      return c.json({ run: run ? presentMatchingRun(run) : null }, 200);
    })
    .openapi(getRun, async (c) =>
      c.json(presentMatchingRun(await getMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').runId)), 200),
    );
}
