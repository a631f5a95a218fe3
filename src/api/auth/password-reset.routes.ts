import { createRoute } from '@hono/zod-openapi';
import {
  PasswordResetAcceptedSchema,
  PasswordResetCompletionSchema,
  PasswordResetRequestSchema,
  type PasswordResetAccepted,
} from '../../../shared/schemas/index.ts';
import { completePasswordReset, requestPasswordReset } from '../../services/password-reset.service.ts';
import type { ApiOptions } from '../app-env.ts';
import { clientInfoOf } from '../middleware/client-info.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

/** The one answer, whether or not the address has an account. */
const accepted: PasswordResetAccepted = {
  message: 'If an account uses this address, a link to choose a new password is on its way. It works once, within one hour.',
};

const requestRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['Auth'],
  summary: 'Forgot password: email a single-use link, valid one hour, to each account of the address (public; throttled)',
  description:
    'Always 202 with the same body, whether or not the address has an account, answered no sooner than a fixed time. ' +
    'An address held in several organizations gets one link per account (or only the named `organizationId`\u2019s). ' +
    'Throttled per address and per IP address: 429 with Retry-After.',
  request: { body: jsonBody(PasswordResetRequestSchema.meta({ id: 'PasswordResetRequest' })) },
  responses: {
    202: jsonResponse(PasswordResetAcceptedSchema.meta({ id: 'PasswordResetAccepted' }), 'Accepted (whatever the address)'),
    ...errorResponses(400, 422, 429),
  },
});

const completeRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset/complete',
  tags: ['Auth'],
  summary: 'Set a new password through an emailed link; ends every session of the person (public; throttled)',
  description:
    'An unknown link is 404 `password_reset_not_found`; a used one 409 `password_reset_used`; an expired one 409 ' +
    '`password_reset_expired`; a password the policy refuses 422 naming `password`. Does not sign in.',
  request: { body: jsonBody(PasswordResetCompletionSchema.meta({ id: 'PasswordResetCompletion' })) },
  responses: { 204: { description: 'Password set; sign in with it' }, ...errorResponses(400, 404, 409, 422, 429) },
});

/** Forgot password: ask for a link by email, then set a new password through it. */
export function passwordResetRoutes(options: ApiOptions) {
  return createRouter()
    .openapi(requestRoute, async (c) => {
      await requestPasswordReset(c.var.ctx, c.req.valid('json'), clientInfoOf(c, options.trustProxy));
      return c.json(accepted, 202);
    })
    .openapi(completeRoute, async (c) => {
      await completePasswordReset(c.var.ctx, c.req.valid('json'), clientInfoOf(c, options.trustProxy));
      return c.body(null, 204);
    });
}
