import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiOptions } from '../app-env.ts';

/**
 * The Content-Security-Policy of every response. Scripts only from our own origin and never
 * inline (Vite's build emits one external module script). Styles allow 'unsafe-inline' because
 * Mantine injects <style> tags for its CSS variables and sets style attributes at run time;
 * inline styles cannot run code. Nothing may frame the app (frame-ancestors 'none').
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Two years, the preload list's minimum; sent only on responses served over HTTPS. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/**
 * Whether the request reached us over HTTPS: the configured public URL is https, or a trusted
 * proxy says so in X-Forwarded-Proto, or the request URL itself is https.
 *
 * @example if (isServedOverHttps(c, options)) c.header('Strict-Transport-Security', strictTransportSecurity);
 */
export function isServedOverHttps(c: Context, options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>): boolean {
  if (options.publicUrl) return options.publicUrl.startsWith('https://');
  if (options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (forwarded) return forwarded === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * Security headers on every response, API and web pages alike: CSP, X-Content-Type-Options,
 * X-Frame-Options, Referrer-Policy, cross-origin isolation headers, and HSTS over HTTPS only
 * (HSTS on plain HTTP is ignored by browsers and would pin a local http:// setup).
 */
export function applySecurityHeaders(options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy,
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
  return async (c, next) => {
    await headers(c, next);
    if (isServedOverHttps(c, options)) c.res.headers.set('Strict-Transport-Security', strictTransportSecurity);
  };
}
