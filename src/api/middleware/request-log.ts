import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../app-env.ts';

/** Query strings are logged up to this length; longer ones end with `…`. */
const loggedQueryMax = 200;

/**
 * One structured log line per API request: its request id (and a trusted proxy's), method, the
 * matched route pattern (`/api/v1/calendar-feeds/:file`, never the raw path, which may hold a
 * calendar-feed or invitation token), the query string, status and duration. The logger redacts
 * anything token-shaped left in the line (a token pasted into a query string).
 */
export function logRequests(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const query = new URL(c.req.url).search.slice(1);
    c.var.ctx.logger.info(
      {
        requestId: c.var.requestId,
        ...(c.var.clientRequestId ? { clientRequestId: c.var.clientRequestId } : {}),
        method: c.req.method,
        route: routePath(c),
        ...(query ? { query: query.length > loggedQueryMax ? `${query.slice(0, loggedQueryMax)}…` : query } : {}),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
