import { createRoute } from '@hono/zod-openapi';
import { IntakeFormFieldsSchema, IntakeFormSchema, ProgramListSchema } from '../../../shared/schemas/index.ts';
import { getIntakeForm, saveIntakeForm } from '../../services/intake-form.service.ts';
import { listOpenPrograms } from '../../services/program.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentIntakeForm } from '../applications/application.presenter.ts';
import { presentProgram } from '../presenters.ts';
import { ProgramParams } from './programs.routes.ts';

const IntakeForm = IntakeFormSchema.meta({ id: 'IntakeForm' });

const openRoute = createRoute({
  method: 'get',
  path: '/programs/open',
  tags: ['Programs'],
  summary: 'Programs taking applications now (any member)',
  security: sessionSecurity,
  responses: { 200: jsonResponse(ProgramListSchema, 'Open programs'), ...errorResponses(401) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}/intake-form',
  tags: ['Intake forms'],
  summary: 'The current intake form',
  security: sessionSecurity,
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(IntakeForm, 'Current version'), ...errorResponses(401, 404, 422) },
});
const saveRoute = createRoute({
  method: 'put',
  path: '/programs/{programId}/intake-form',
  tags: ['Intake forms'],
  security: sessionSecurity,
  summary: 'Save the intake form as a new version (answers to earlier versions stay readable)',
  request: { params: ProgramParams, body: jsonBody(IntakeFormFieldsSchema.meta({ id: 'IntakeFormFields' })) },
  responses: { 200: jsonResponse(IntakeForm, 'The new version'), ...errorResponses(400, 401, 403, 404, 422) },
});

/** Intake forms, and the list of programs open for applications. */
export function intakeFormRoutes() {
  return createRouter()
    .openapi(openRoute, async (c) => c.json({ programs: (await listOpenPrograms(c.var.ctx, requireActor(c))).map(presentProgram) }, 200))
    .openapi(getRoute, async (c) =>
      c.json(presentIntakeForm(await getIntakeForm(c.var.ctx, requireActor(c), c.req.valid('param').programId)), 200),
    )
    .openapi(saveRoute, async (c) => {
      const form = await saveIntakeForm(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentIntakeForm(form), 200);
    });
}
