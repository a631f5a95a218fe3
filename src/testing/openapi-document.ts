import { z } from 'zod';

/**
 * The parts of the app's OpenAPI document (`GET /api/openapi.json`) that tests read: its version,
 * its operations by path and method, and its components.
 *
 * @example const doc = await call(t.app, 'GET', '/api/openapi.json', undefined, { schema: OpenApiDocumentSchema });
 */
export const OpenApiDocumentSchema = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({ schemas: z.record(z.string(), z.unknown()), securitySchemes: z.record(z.string(), z.unknown()) }),
});

/** What `GET /healthz` answers. */
export const HealthSchema = z.object({ status: z.string() });
