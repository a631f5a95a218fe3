import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { forbidden } from '../../domain/errors.ts';
import type { ApiOptions } from '../app-env.ts';
import { isServedOverHttps } from './security-headers.ts';
import { SESSION_COOKIE } from './session.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site state changes made with the session cookie. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-origin POST, PUT, PATCH and DELETE; either one pointing elsewhere
 * is rejected. Requests without a cookie carry no ambient authority and pass. SameSite=Lax on
 * the cookie is the second line of defence. A request with neither header is let through: a
 * browser always sends Origin on a cross-origin state change, so such a request is same-origin
 * (older browsers) or from a non-browser client holding its own cookie.
 */
export function rejectCrossSiteRequests(options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || !getCookie(c, SESSION_COOKIE)) return next();
    const expectedOrigin = expectedOriginOf(c, options);
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

/**
 * The app's own origin: the configured public URL, else the request's host with the scheme the
 * browser used (https behind a trusted TLS-terminating proxy, although the proxy spoke http to us).
 */
function expectedOriginOf(c: Context, options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>): string {
  if (options.publicUrl) return new URL(options.publicUrl).origin;
  const url = new URL(c.req.url);
  if (isServedOverHttps(c, options)) url.protocol = 'https:';
  return url.origin;
}
