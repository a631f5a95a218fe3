import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { DomainError, unauthenticated } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { actorOf } from '../../domain/person.ts';
import { resolveSession, sessionLifetime, signOut } from '../../services/auth.service.ts';
import type { ApiOptions, AppEnv } from '../app-env.ts';
import { isServedOverHttps } from './security-headers.ts';

export const SESSION_COOKIE = 'constellation_session';

/** Reads the session cookie, if any, and records who is signed in (or why the session failed). */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      try {
        c.set('signedIn', await resolveSession(c.var.ctx, token));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        c.set('sessionProblem', error);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
      }
    }
    await next();
  };
}

/** The signed-in actor, or a 401 saying why not. */
export function requireActor(c: Context<AppEnv>): Actor {
  const signedIn = c.var.signedIn;
  if (!signedIn) throw c.var.sessionProblem ?? unauthenticated();
  return actorOf(signedIn.person);
}

/**
 * Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * POSTs), Secure when served over HTTPS, Path=/, and kept by the browser for the session's
 * absolute life (the server enforces the idle expiry).
 */
export function setSessionCookie(c: Context<AppEnv>, token: string, options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isServedOverHttps(c, options),
    path: '/',
    maxAge: sessionLifetime.absoluteDays * 86_400,
  });
}

/**
 * Sets the cookie of a session just opened (sign-in, accepted invitation) and ends the session
 * of the cookie the browser brought, if any: a session id planted or left before sign-in (session
 * fixation) is never the one that is signed in.
 */
export async function replaceSessionCookie(
  c: Context<AppEnv>,
  token: string,
  options: Pick<ApiOptions, 'publicUrl' | 'trustProxy'>,
): Promise<void> {
  const previousToken = getCookie(c, SESSION_COOKIE);
  if (previousToken && previousToken !== token) await signOut(c.var.ctx, previousToken);
  setSessionCookie(c, token, options);
}
