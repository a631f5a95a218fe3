import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateEnrolmentSchema,
  EnrolmentPageSchema,
  EnrolmentQuerySchema,
  EnrolmentSchema,
  EnrolmentStatusCountsSchema,
} from '../../../shared/schemas/index.ts';
import { countEnrolments, enrolPerson, listEnrolments, withdrawEnrolment } from '../../services/enrolment.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentDirectoryEnrolment, presentEnrolment } from '../presenters.ts';
import { bulkEnrolmentRoutes } from './enrolments-bulk.routes.ts';
import { ProgramParams } from './programs.routes.ts';

const Enrolment = EnrolmentSchema.meta({ id: 'Enrolment' });

const EnrolmentParams = ProgramParams.extend({
  enrolmentId: z.uuid().openapi({ param: { name: 'enrolmentId', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}/enrolments',
  tags: ['Enrolments'],
  summary:
    'Who takes part in a program, a page at a time by name: active enrolments unless `status` asks for withdrawn ones (managers), filtered by role, department and name; what each mentor offers (email and job title for its coordinators and org admins only)',
  security: sessionSecurity,
  request: { params: ProgramParams, query: EnrolmentQuerySchema },
  responses: {
    200: jsonResponse(EnrolmentPageSchema.meta({ id: 'EnrolmentPage' }), 'A page of enrolments'),
    ...errorResponses(401, 403, 404, 422),
  },
});

const countsRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}/enrolments/counts',
  tags: ['Enrolments'],
  summary: 'A program’s enrolments counted by status and role (withdrawn ones for its coordinators and org admins)',
  security: sessionSecurity,
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(EnrolmentStatusCountsSchema.meta({ id: 'EnrolmentStatusCounts' }), 'Counts'),
    ...errorResponses(401, 404, 422),
  },
});

const createEnrolmentRoute = createRoute({
  method: 'post',
  path: '/programs/{programId}/enrolments',
  tags: ['Enrolments'],
  summary: 'Enrol a person as coordinator, mentor, mentee or supervisor',
  security: sessionSecurity,
  request: { params: ProgramParams, body: jsonBody(CreateEnrolmentSchema.meta({ id: 'CreateEnrolment' })) },
  responses: { 201: jsonResponse(Enrolment, 'Enrolled'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});

const withdrawRoute = createRoute({
  method: 'delete',
  path: '/programs/{programId}/enrolments/{enrolmentId}',
  tags: ['Enrolments'],
  summary: 'Withdraw an enrolment (kept, marked withdrawn)',
  security: sessionSecurity,
  request: { params: EnrolmentParams },
  responses: { 200: jsonResponse(Enrolment, 'Withdrawn'), ...errorResponses(401, 403, 404, 422) },
});

/** Enrolments: the roles people hold in a program. */
export function enrolmentRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listEnrolments(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentDirectoryEnrolment), nextCursor: page.nextCursor }, 200);
    })
    .openapi(countsRoute, async (c) => c.json(await countEnrolments(c.var.ctx, requireActor(c), c.req.valid('param').programId), 200))
    .openapi(createEnrolmentRoute, async (c) => {
      const actor = requireActor(c);
      const enrolment = await enrolPerson(c.var.ctx, actor, c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentEnrolment(enrolment), 201);
    })
    .openapi(withdrawRoute, async (c) => {
      const { programId, enrolmentId } = c.req.valid('param');
      const enrolment = await withdrawEnrolment(c.var.ctx, requireActor(c), programId, enrolmentId);
      return c.json(presentEnrolment(enrolment), 200);
    })
    .route('/', bulkEnrolmentRoutes());
}
