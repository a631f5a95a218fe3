import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { nulCharacterIssues, renderFieldIssues, renderValidationError } from './errors.ts';

/**
 * A router whose request validation failures render as our 422 naming each field (text holding
 * NUL, which the database cannot store, included). Every resource's routes are built on one, so
 * no route can fall back to another error format.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return renderValidationError(c, result.error);
      const nulFields = nulCharacterIssues(result.data);
      return nulFields.length > 0 ? renderFieldIssues(c, nulFields) : undefined;
    },
  });
}
