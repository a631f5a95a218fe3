import { createRoute, z } from '@hono/zod-openapi';
import { type AdminJob, AdminJobPageSchema, AdminJobsQuerySchema } from '../../../shared/schemas/jobs.ts';
import { type JobRecord, listJobsForAdmin, retryJobForAdmin } from '../../services/jobs/admin-jobs.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const JobParams = z.object({ jobId: z.uuid().openapi({ param: { name: 'jobId', in: 'path' } }) });

const listRoute = createRoute({
  method: 'get',
  path: '/admin/jobs',
  tags: ['Admin'],
  security: sessionSecurity,
  summary: 'The organization’s background jobs in one state (dead by default), most recently changed first (org admins)',
  request: { query: AdminJobsQuerySchema },
  responses: { 200: jsonResponse(AdminJobPageSchema.meta({ id: 'AdminJobPage' }), 'One page of jobs'), ...errorResponses(401, 403, 422) },
});
const retryRoute = createRoute({
  method: 'post',
  path: '/admin/jobs/{jobId}/retry',
  tags: ['Admin'],
  security: sessionSecurity,
  summary: 'Runs a dead or failed job of the organization again, now, with a fresh set of attempts (org admins)',
  request: { params: JobParams },
  responses: { 204: { description: 'Queued' }, ...errorResponses(401, 403, 404, 409, 422) },
});

function presentJob(job: JobRecord): AdminJob {
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    attempts: job.attempts,
    runAt: job.runAt.toISOString(),
    lastError: job.lastError,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

/** GET /admin/jobs and POST /admin/jobs/{jobId}/retry, for org admins. */
export function adminJobRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listJobsForAdmin(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentJob), nextCursor: page.nextCursor }, 200);
    })
    .openapi(retryRoute, async (c) => {
      await retryJobForAdmin(c.var.ctx, requireActor(c), c.req.valid('param').jobId);
      return c.body(null, 204);
    });
}
