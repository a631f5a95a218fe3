import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { forbidden } from '../../domain/errors.ts';
import { SESSION_COOKIE } from './session.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site state changes made with the session cookie. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-origin POST, PUT, PATCH and DELETE; either one pointing elsewhere
 * is rejected. Requests without a cookie carry no ambient authority and pass. SameSite=Lax on
 * the cookie is the second line of defence.
 */
export function rejectCrossSiteRequests(publicUrl: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || !getCookie(c, SESSION_COOKIE)) return next();
    const expectedOrigin = publicUrl ? new URL(publicUrl).origin : new URL(c.req.url).origin;
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const originBad = origin !== undefined && origin !== expectedOrigin;
    const siteBad = fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none';
    if (originBad || siteBad) {
      throw forbidden('cross_site_request', 'Cross-site requests that change data are refused');
    }
    return next();
  };
}
