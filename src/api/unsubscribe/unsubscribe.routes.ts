import { createRoute, z } from '@hono/zod-openapi';
import { limits } from '../../../shared/limits.ts';
import { UnsubscribeViewSchema } from '../../../shared/schemas/email.ts';
import { unsubscribe, viewUnsubscribe } from '../../services/email/unsubscribe.service.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

// Named apart from the invitation link's {token}: a different secret with a different shape.
const TokenParams = z.object({
  unsubscribeToken: z
    .string()
    .min(10)
    .max(limits.unsubscribeTokenMax)
    .regex(/^[A-Za-z0-9_.-]+$/, 'must be the token of an unsubscribe link')
    .openapi({ param: { name: 'unsubscribeToken', in: 'path' } }),
});

const viewRoute = createRoute({
  method: 'get',
  path: '/unsubscribe/{unsubscribeToken}',
  tags: ['Email'],
  summary: 'What an unsubscribe link will turn off: whose email and which category (public: the signed token is the proof)',
  request: { params: TokenParams },
  responses: { 200: jsonResponse(UnsubscribeViewSchema.meta({ id: 'UnsubscribeView' }), 'The link'), ...errorResponses(404, 422) },
});

const unsubscribeRoute = createRoute({
  method: 'post',
  path: '/unsubscribe/{unsubscribeToken}',
  tags: ['Email'],
  summary:
    'Turns off the link’s category of email for its person, and nothing else (public; RFC 8058 one-click: the body `List-Unsubscribe=One-Click` is accepted and not needed)',
  request: { params: TokenParams },
  responses: { 200: jsonResponse(UnsubscribeViewSchema, 'Unsubscribed'), ...errorResponses(404, 422) },
});

/** The unsubscribe link's two routes, without sign-in. */
export function unsubscribeRoutes() {
  return createRouter()
    .openapi(viewRoute, async (c) => c.json(await viewUnsubscribe(c.var.ctx, c.req.valid('param').unsubscribeToken), 200))
    .openapi(unsubscribeRoute, async (c) => c.json(await unsubscribe(c.var.ctx, c.req.valid('param').unsubscribeToken), 200));
}
