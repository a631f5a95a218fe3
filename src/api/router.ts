import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { renderFieldIssues, renderValidationError, unstorableTextIssues } from './errors.ts';

/**
 * A router whose request validation failures render as our 422 naming each field (text the
 * database cannot store, such as NUL, included). Every resource's routes are built on one, so
 * no route can fall back to another error format.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return renderValidationError(c, result.error);
      const unstorable = unstorableTextIssues(result.data);
      return unstorable.length > 0 ? renderFieldIssues(c, unstorable) : undefined;
    },
  });
}
