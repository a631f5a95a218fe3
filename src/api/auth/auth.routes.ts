import { createRoute } from '@hono/zod-openapi';
import { getCookie, deleteCookie } from 'hono/cookie';
import { SessionSchema, SignInSchema } from '../../../shared/schemas/index.ts';
import { signIn, signOut } from '../../services/auth.service.ts';
import type { ApiOptions, AppEnv } from '../app-env.ts';
import { createRouter } from '../router.ts';
import { clientInfoOf } from '../middleware/client-info.ts';
import { SESSION_COOKIE, setSessionCookie } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentSession } from '../presenters.ts';
import { unauthenticated } from '../../domain/errors.ts';

const Session = SessionSchema.meta({ id: 'Session' });

const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  request: { body: jsonBody(SignInSchema.meta({ id: 'SignIn' })) },
  responses: { 200: jsonResponse(Session, 'Signed in'), ...errorResponses(400, 401, 422, 429) },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Auth'],
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' } },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'Who is signed in',
  security: sessionSecurity,
  responses: { 200: jsonResponse(Session, 'The signed-in person'), ...errorResponses(401) },
});

/** Sign-in, sign-out and the current session. */
export function authRoutes(options: ApiOptions) {
  const secure = options.publicUrl?.startsWith('https://') ?? false;
  return createRouter()
    .openapi(signInRoute, async (c) => {
      const { ctx } = c.var;
      const { token, signedIn } = await signIn(ctx, c.req.valid('json'), clientInfoOf(c, options.trustProxy));
      setSessionCookie(c, token, ctx.sessionTtlDays, secure);
      return c.json(presentSession(signedIn), 200);
    })
    .openapi(signOutRoute, async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await signOut(c.var.ctx, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(sessionRoute, (c) => {
      const signedIn = c.var.signedIn;
      if (!signedIn) throw c.var.sessionProblem ?? unauthenticated();
      return c.json(presentSession(signedIn), 200);
    });
}
