import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from './app-env.ts';

// The package exports no path to its browser bundle, so locate it beside its entry point.
const scalarBundlePath = path.join(path.dirname(fileURLToPath(import.meta.resolve('@scalar/api-reference'))), 'browser', 'standalone.js');
let scalarBundle: Promise<string> | undefined;

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
  app.get('/api/docs/scalar.js', async (c) => {
    scalarBundle ??= readFile(scalarBundlePath, 'utf8');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(await scalarBundle, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  // No default fonts: they come from Scalar's font server, which the Content-Security-Policy (font-src 'self') blocks.
  app.get(
    '/api/docs',
    Scalar({ url: '/api/openapi.json', cdn: '/api/docs/scalar.js', pageTitle: 'Constellation API', withDefaultFonts: false }),
  );
}
