import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** One structured log line per API request, with its request id, status and duration. */
export function logRequests(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    c.var.ctx.logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
