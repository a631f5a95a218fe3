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
        'Mentoring programs and developmental networks. Every request is scoped to the caller’s organization. Errors are `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: '/' }],
  });
  mountApiReference(app);
}
