import type { MiddlewareHandler } from 'hono';
import { runWithRequestOrigin } from '../../services/audit/request-origin.ts';
import type { AppEnv } from '../app-env.ts';
import { clientInfoOf } from '../middleware/client-info.ts';

/**
 * Makes the request id and the caller's address available to the audit log for everything the
 * request does, so each audited action records where it came from.
 *
 * @example app.use('/api/v1/*', withRequestOrigin(options.trustProxy));
 */
export function withRequestOrigin(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { ipAddress } = clientInfoOf(c, trustProxy);
    await runWithRequestOrigin({ requestId: c.var.requestId ?? null, ipAddress: ipAddress === 'unknown' ? null : ipAddress }, () => next());
  };
}
