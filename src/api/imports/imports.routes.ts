import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  CommitImportSchema,
  ImportPreviewSchema,
  ImportReportSchema,
  ImportRequestSchema,
  importCsvMaxBytes,
} from '../../../shared/schemas/imports.ts';
import { commitPeopleImport, previewPeopleImport } from '../../services/import/people-import.service.ts';
import type { AppEnv } from '../app-env.ts';
import { sendCsv } from '../csv/csv-response.ts';
import { errorBody } from '../errors.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

/** JSON escaping can double a CSV's size (quotes, line breaks), so the body may be twice the CSV limit. */
const importBodyLimitBytes = 2 * importCsvMaxBytes + 64 * 1024;
const importPaths = '/imports/';

/** Bulk enrolment (a list or a CSV of up to 25,000 people) applies its own limit too. */
const bulkEnrolmentPath = /^\/api\/v1\/programs\/[^/]+\/enrolments\/bulk(\.csv)?$/;

/**
 * Wraps the API's general body limit so that it skips the routes that take files and apply their
 * own, larger one: the imports and bulk enrolment.
 *
 * @example app.use('/api/v1/*', exceptImportRoutes(bodyLimit({ maxSize: 1_000_000 })))
 */
export function exceptImportRoutes(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.path.startsWith(`/api/v1${importPaths}`) || bulkEnrolmentPath.test(c.req.path) ? next() : middleware(c, next));
}

const Request = ImportRequestSchema.meta({ id: 'ImportRequest' });

const previewRoute = createRoute({
  method: 'post',
  path: '/imports/people/preview',
  tags: ['Imports'],
  summary: 'Check a people CSV without writing: columns, mapping, first rows, every error by line and column (admins)',
  security: sessionSecurity,
  request: { body: jsonBody(Request) },
  responses: { 200: jsonResponse(ImportPreviewSchema.meta({ id: 'ImportPreview' }), 'The preview'), ...errorResponses(400, 401, 403, 422) },
});

const commitRoute = createRoute({
  method: 'post',
  path: '/imports/people/commit',
  tags: ['Imports'],
  summary: 'Import people, upserting by email; a file with errors needs skipInvalidRows (admins)',
  description:
    'A file with errors is refused with 422 `import_has_errors` (the errors in `details`) and nothing is written, unless `skipInvalidRows` is true: then only the valid rows are imported and the report lists the skipped ones.',
  security: sessionSecurity,
  request: { body: jsonBody(CommitImportSchema.meta({ id: 'CommitImport' })) },
  responses: {
    200: jsonResponse(ImportReportSchema.meta({ id: 'ImportReport' }), 'What the import did'),
    ...errorResponses(400, 401, 403, 422),
  },
});

const reportRoute = createRoute({
  method: 'post',
  path: '/imports/people/report.csv',
  tags: ['Imports'],
  summary: 'The errors of a people CSV as a downloadable CSV (line, column, message): the rows an import would skip (admins)',
  security: sessionSecurity,
  request: { body: jsonBody(Request) },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'One row per error, after a line,column,message header' },
    ...errorResponses(400, 401, 403, 422),
  },
});

/** The people import: preview, commit, and the error report as CSV. */
export function importRoutes() {
  const router = createRouter();
  router.use(
    `${importPaths}*`,
    bodyLimit({
      maxSize: importBodyLimitBytes,
      onError: (c) => c.json(errorBody('payload_too_large', `Import requests are limited to ${importBodyLimitBytes} bytes`), 413),
    }),
  );
  return router
    .openapi(previewRoute, async (c) => c.json(await previewPeopleImport(c.var.ctx, requireActor(c), c.req.valid('json')), 200))
    .openapi(commitRoute, async (c) => c.json(await commitPeopleImport(c.var.ctx, requireActor(c), c.req.valid('json')), 200))
    .openapi(reportRoute, async (c) => {
      const preview = await previewPeopleImport(c.var.ctx, requireActor(c), c.req.valid('json'));
      const rows = [['line', 'column', 'message'], ...preview.errors.map((error) => [error.line, error.column, error.message])];
      return sendCsv(c, { filename: 'people-import-errors.csv', rows });
    });
}
