import { createRoute, z } from '@hono/zod-openapi';
import {
  ApplicationPageSchema,
  ApplicationSchema,
  ProgramApplicationQuerySchema,
  BulkDecisionResultSchema,
  BulkDecisionSchema,
  InviteToApplySchema,
} from '../../../shared/schemas/index.ts';
import { decideApplications, inviteToApply, listProgramApplications } from '../../services/application-decision.service.ts';
import { exportProgramApplications } from '../../services/application-export.service.ts';
import { streamCsv } from '../csv/csv-response.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { presentApplication } from './application.presenter.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}/applications',
  tags: ['Applications'],
  summary:
    'A page of a program’s applications, by applicant name or newest first, filtered by status, role and q (name or email) (coordinators)',
  security: sessionSecurity,
  request: { params: ProgramParams, query: ProgramApplicationQuerySchema },
  responses: {
    200: jsonResponse(ApplicationPageSchema.meta({ id: 'ApplicationPage' }), 'Applications'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const bulkRoute = createRoute({
  method: 'post',
  path: '/programs/{programId}/applications/bulk-decision',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'The same decision on many applications; each succeeds or fails on its own',
  request: { params: ProgramParams, body: jsonBody(BulkDecisionSchema.meta({ id: 'BulkDecision' })) },
  responses: {
    200: jsonResponse(BulkDecisionResultSchema.meta({ id: 'BulkDecisionResult' }), 'Results'),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});
const inviteRoute = createRoute({
  method: 'post',
  path: '/programs/{programId}/applications/invitations',
  tags: ['Applications'],
  summary: 'Invite a person to apply',
  security: sessionSecurity,
  request: { params: ProgramParams, body: jsonBody(InviteToApplySchema.meta({ id: 'InviteToApply' })) },
  responses: { 201: jsonResponse(ApplicationSchema, 'Invited'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}/applications/export.csv',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'Applications and profiles as CSV, streamed (coordinators; private attributes, interview notes never included)',
  request: { params: ProgramParams },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' }, ...errorResponses(401, 403, 404, 422) },
});

/** A program's applications, seen and decided by its coordinators. */
export function programApplicationRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listProgramApplications(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentApplication), nextCursor: page.nextCursor }, 200);
    })
    .openapi(bulkRoute, async (c) => {
      const { applicationIds, decision, reason } = c.req.valid('json');
      const results = await decideApplications(
        c.var.ctx,
        requireActor(c),
        c.req.valid('param').programId,
        applicationIds,
        decision,
        reason,
      );
      return c.json({ results }, 200);
    })
    .openapi(inviteRoute, async (c) => {
      const view = await inviteToApply(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentApplication(view), 201);
    })
    .openapi(exportRoute, async (c) => {
      const { filename, batches } = await exportProgramApplications(c.var.ctx, requireActor(c), c.req.valid('param').programId);
      return streamCsv(c, filename, batches);
    });
}
