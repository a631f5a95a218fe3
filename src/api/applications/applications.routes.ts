import { createRoute, z } from '@hono/zod-openapi';
import {
  ApplicationPageSchema,
  ApplicationSchema,
  MyApplicationQuerySchema,
  DecideApplicationSchema,
  SaveApplicationSchema,
  UpdateSelectionChecklistSchema,
} from '../../../shared/schemas/index.ts';
import { getApplication, listMyApplications, saveMyApplication, withdrawMyApplication } from '../../services/application.service.ts';
import { decideApplication, updateSelectionChecklist } from '../../services/application-decision.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { presentApplication } from './application.presenter.ts';

const Application = ApplicationSchema.meta({ id: 'Application' });
export const ApplicationParams = z.object({ applicationId: z.uuid().openapi({ param: { name: 'applicationId', in: 'path' } }) });

const mineRoute = createRoute({
  method: 'get',
  path: '/me/applications',
  tags: ['Applications'],
  summary: 'A page of my applications, newest first',
  security: sessionSecurity,
  request: { query: MyApplicationQuerySchema },
  responses: { 200: jsonResponse(ApplicationPageSchema, 'My applications'), ...errorResponses(401, 422) },
});
const saveRoute = createRoute({
  method: 'put',
  path: '/programs/{programId}/my-application',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'Save my application to a program as a draft, or submit it',
  request: { params: ProgramParams, body: jsonBody(SaveApplicationSchema.meta({ id: 'SaveApplication' })) },
  responses: { 200: jsonResponse(Application, 'Saved'), ...errorResponses(400, 401, 404, 409, 422) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/applications/{applicationId}',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'One application (its applicant, or the program’s coordinators)',
  request: { params: ApplicationParams },
  responses: { 200: jsonResponse(Application, 'The application'), ...errorResponses(401, 404, 422) },
});
const withdrawRoute = createRoute({
  method: 'post',
  path: '/applications/{applicationId}/withdraw',
  tags: ['Applications'],
  summary: 'Withdraw my application',
  security: sessionSecurity,
  request: { params: ApplicationParams },
  responses: { 200: jsonResponse(Application, 'Withdrawn'), ...errorResponses(401, 404, 409, 422) },
});
const decideRoute = createRoute({
  method: 'post',
  path: '/applications/{applicationId}/decision',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'Interview, accept, waitlist, decline or re-invite (coordinators)',
  request: { params: ApplicationParams, body: jsonBody(DecideApplicationSchema.meta({ id: 'DecideApplication' })) },
  responses: { 200: jsonResponse(Application, 'Decided'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const checklistRoute = createRoute({
  method: 'put',
  path: '/applications/{applicationId}/selection-checklist',
  tags: ['Applications'],
  security: sessionSecurity,
  summary: 'Tick selection criteria on an application (coordinators)',
  request: { params: ApplicationParams, body: jsonBody(UpdateSelectionChecklistSchema) },
  responses: { 200: jsonResponse(Application, 'Updated'), ...errorResponses(400, 401, 403, 404, 422) },
});

/** One's own applications, and decisions on single applications. */
export function applicationRoutes() {
  return createRouter()
    .openapi(mineRoute, async (c) => {
      const page = await listMyApplications(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentApplication), nextCursor: page.nextCursor }, 200);
    })
    .openapi(saveRoute, async (c) => {
      const view = await saveMyApplication(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentApplication(view), 200);
    })
    .openapi(getRoute, async (c) =>
      c.json(presentApplication(await getApplication(c.var.ctx, requireActor(c), c.req.valid('param').applicationId)), 200),
    )
    .openapi(withdrawRoute, async (c) =>
      c.json(presentApplication(await withdrawMyApplication(c.var.ctx, requireActor(c), c.req.valid('param').applicationId)), 200),
    )
    .openapi(decideRoute, async (c) => {
      const { decision, reason } = c.req.valid('json');
      const view = await decideApplication(c.var.ctx, requireActor(c), c.req.valid('param').applicationId, decision, reason);
      return c.json(presentApplication(view), 200);
    })
    .openapi(checklistRoute, async (c) => {
      const view = await updateSelectionChecklist(
        c.var.ctx,
        requireActor(c),
        c.req.valid('param').applicationId,
        c.req.valid('json').selectionChecklist,
      );
      return c.json(presentApplication(view), 200);
    });
}
