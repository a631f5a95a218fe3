import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { limits } from '../../../shared/limits.ts';
import { BulkEnrolmentReportSchema, BulkEnrolmentSchema } from '../../../shared/schemas/index.ts';
import { enrolCsvInBulk, enrolInBulk } from '../../services/enrolment-bulk.service.ts';
import { errorBody } from '../errors.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { ProgramParams } from './programs.routes.ts';

/** 25,000 entries of a 254-character email each, with room for JSON's quotes and keys. */
const bulkBodyLimitBytes = 8_000_000;

const Report = BulkEnrolmentReportSchema.meta({ id: 'BulkEnrolmentReport' });
const description = `One transaction: every row is checked first, and any bad row refuses the call (422, \`details\` naming the first ${limits.bulkEnrolmentIssuesShown} rows) with nothing written. A withdrawn enrolment in the same role becomes active again; an active one is reported as already enrolled. Up to ${limits.bulkEnrolmentMax} people.`;

const bulkRoute = createRoute({
  method: 'post',
  path: '/programs/{programId}/enrolments/bulk',
  tags: ['Enrolments'],
  summary: 'Enrol many people at once, each by personId or email, in a role',
  description,
  security: sessionSecurity,
  request: { params: ProgramParams, body: jsonBody(BulkEnrolmentSchema.meta({ id: 'BulkEnrolment' })) },
  responses: { 200: jsonResponse(Report, 'What the call did'), ...errorResponses(400, 401, 403, 404, 422) },
});

const bulkCsvRoute = createRoute({
  method: 'post',
  path: '/programs/{programId}/enrolments/bulk.csv',
  tags: ['Enrolments'],
  summary: 'Enrol the people of a CSV (a header line with email and role columns; `,`, `;` or tab separated)',
  description: `${description} Problems are named by line: \`line.5.email\`.`,
  security: sessionSecurity,
  request: {
    params: ProgramParams,
    body: { content: { 'text/csv': { schema: z.string().openapi({ example: 'email,role\nana@example.org,mentee\n' }) } }, required: true },
  },
  responses: { 200: jsonResponse(Report, 'What the call did'), ...errorResponses(401, 403, 404, 422) },
});

/** Bulk enrolment: a JSON list or a CSV, with a body limit of its own. */
export function bulkEnrolmentRoutes() {
  const router = createRouter();
  router.use(
    '/programs/:programId/enrolments/bulk*',
    bodyLimit({
      maxSize: bulkBodyLimitBytes,
      onError: (c) => c.json(errorBody('payload_too_large', `Bulk enrolments are limited to ${bulkBodyLimitBytes} bytes`), 413),
    }),
  );
  return router
    .openapi(bulkRoute, async (c) => {
      const entries = c.req.valid('json').people.map((entry, i) => ({ ...entry, at: `people.${i}` }));
      return c.json(await enrolInBulk(c.var.ctx, requireActor(c), c.req.valid('param').programId, entries), 200);
    })
    .openapi(bulkCsvRoute, async (c) => {
      const text = await c.req.text();
      return c.json(await enrolCsvInBulk(c.var.ctx, requireActor(c), c.req.valid('param').programId, { text }), 200);
    });
}
