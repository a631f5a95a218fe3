import type { MiddlewareHandler } from 'hono';

/**
 * `Cache-Control: no-store` on every API response that does not set its own caching: answers
 * depend on the session (a profile, a data export, the audit log as CSV), and neither a shared
 * proxy nor the browser's cache on a shared computer may keep them. Errors are included (they
 * can name what exists). A route that caches on purpose sets the header itself and keeps it: the
 * calendar feed (private, with its ETag for revalidation) and the API reference's script.
 *
 * @example app.use('/api/*', preventCaching());
 */
export function preventCaching(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
