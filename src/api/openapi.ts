import type { OpenAPIHono } from '@hono/zod-openapi';
import { mountApiReference } from './api-reference.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Serves the OpenAPI 3.1 document at /api/openapi.json and a readable reference at /api/docs.
 * The reference's script is served from our own package, so the page works offline.
 */
export function mountOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'constellation_session',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Constellation API',
      version: '1',
      description:
        'Mentoring programs and developmental networks. Every request is scoped to the caller’s organization. Errors are `{ "error": { "code", "message", "details" } }`.\n\n' +
        '**Lists are paged, one convention for all.** A list route takes `limit` (rows per page, 1 to 500, default 50) and `cursor` ' +
        '(the `nextCursor` of the previous page; leave it out for the first page), and where people would use them `q` (search text), ' +
        'filters and `sort`. It answers `{ "items": [...], "nextCursor": "..." }`, with `nextCursor` null on the last page. Cursors are ' +
        'opaque keyset positions: rows added while someone pages never make a row come twice or go missing, and a cursor used with ' +
        'another `sort` is refused (422, field `cursor`).',
    },
    servers: [{ url: '/' }],
  });
  mountApiReference(app);
}
