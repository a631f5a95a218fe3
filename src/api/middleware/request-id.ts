import type { MiddlewareHandler } from 'hono';
import { limits } from '../../../shared/limits.ts';
import type { ApiOptions, AppEnv } from '../app-env.ts';

/** Letters, digits and the punctuation request ids of proxies and tracers use; nothing a log reader could misread. */
const safeClientRequestId = new RegExp(`^[A-Za-z0-9._:=-]{1,${limits.clientRequestIdMax}}$`);

/**
 * Gives every request our own id (a random UUID), sent back in `X-Request-Id` and recorded in its
 * log line and audit entries. A client's `X-Request-Id` is never taken as ours: anyone could plant
 * one in the audit log. Behind a trusted proxy (`trustProxy`), the proxy's id is kept as
 * `clientRequestId` for the log line, when it is short and made of safe characters.
 *
 * @example app.use('*', assignRequestId(options));
 */
export function assignRequestId(options: Pick<ApiOptions, 'trustProxy'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    const clientRequestId = options.trustProxy ? c.req.header('x-request-id') : undefined;
    if (clientRequestId && safeClientRequestId.test(clientRequestId)) c.set('clientRequestId', clientRequestId);
    c.header('X-Request-Id', requestId);
    await next();
  };
}
