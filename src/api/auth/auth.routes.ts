import { createRoute } from '@hono/zod-openapi';
import { getCookie, deleteCookie } from 'hono/cookie';
import { ChangePasswordSchema, SessionSchema, SignInSchema } from '../../../shared/schemas/index.ts';
import { changePassword, signIn, signOut } from '../../services/auth.service.ts';
import type { ApiOptions } from '../app-env.ts';
import { createRouter } from '../router.ts';
import { clientInfoOf } from '../middleware/client-info.ts';
import { SESSION_COOKIE, replaceSessionCookie } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentSession } from '../presenters.ts';
import { unauthenticated } from '../../domain/errors.ts';

const Session = SessionSchema.meta({ id: 'Session' });

const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  description:
    'One email may hold accounts in several organizations. When the password opens more than one, the answer is 409 ' +
    '`organization_choice_required` whose `details.organizations` lists those (name and slug) and no others; sign in ' +
    'again naming one in `organization`. A wrong password is 401 `invalid_credentials`, whether or not the email exists.',
  request: { body: jsonBody(SignInSchema.meta({ id: 'SignIn' })) },
  responses: { 200: jsonResponse(Session, 'Signed in'), ...errorResponses(400, 401, 409, 422, 429) },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Auth'],
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' } },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['Auth'],
  summary: 'Change your password; ends your other sessions',
  security: sessionSecurity,
  request: { body: jsonBody(ChangePasswordSchema.meta({ id: 'ChangePassword' })) },
  responses: { 204: { description: 'Password changed' }, ...errorResponses(400, 401, 422, 429) },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'Who is signed in',
  security: sessionSecurity,
  responses: { 200: jsonResponse(Session, 'The signed-in person'), ...errorResponses(401) },
});

/** Sign-in, sign-out, password change and the current session. */
export function authRoutes(options: ApiOptions) {
  return createRouter()
    .openapi(signInRoute, async (c) => {
      const { ctx } = c.var;
      const { token, signedIn } = await signIn(ctx, c.req.valid('json'), clientInfoOf(c, options.trustProxy));
      await replaceSessionCookie(c, token, options);
      return c.json(presentSession(signedIn), 200);
    })
    .openapi(changePasswordRoute, async (c) => {
      const signedIn = c.var.signedIn;
      const token = getCookie(c, SESSION_COOKIE);
      if (!signedIn || !token) throw c.var.sessionProblem ?? unauthenticated();
      await changePassword(c.var.ctx, signedIn, token, c.req.valid('json'), clientInfoOf(c, options.trustProxy));
      return c.body(null, 204);
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
