import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { renderValidationError } from './errors.ts';

/**
 * A router whose request validation failures render as our 422 naming each field. Every
 * resource's routes are built on one, so no route can fall back to another error format.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : renderValidationError(c, result.error)),
  });
}
