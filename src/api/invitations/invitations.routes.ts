import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptInvitationSchema,
  CreatedInvitationSchema,
  CreateInvitationSchema,
  InvitationPageSchema,
  InvitationQuerySchema,
  InvitationPreviewSchema,
  SessionSchema,
} from '../../../shared/schemas/index.ts';
import { acceptInvitation, createInvitation, listInvitationsOfOrganization, previewInvitation } from '../../services/invitation.service.ts';
import type { ApiOptions } from '../app-env.ts';
import { createRouter } from '../router.ts';
import { clientInfoOf } from '../middleware/client-info.ts';
import { replaceSessionCookie, requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentInvitation, presentSession } from '../presenters.ts';

const TokenParams = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/invitations',
  tags: ['Invitations'],
  summary: 'Invitations of the organization, a page at a time, newest first (admins)',
  security: sessionSecurity,
  request: { query: InvitationQuerySchema },
  responses: {
    200: jsonResponse(InvitationPageSchema.meta({ id: 'InvitationPage' }), 'A page of invitations'),
    ...errorResponses(401, 403, 422),
  },
});

const createInvitationRoute = createRoute({
  method: 'post',
  path: '/invitations',
  tags: ['Invitations'],
  summary: 'Invite someone by email; answers with the invitation link (admins)',
  security: sessionSecurity,
  request: { body: jsonBody(CreateInvitationSchema.meta({ id: 'CreateInvitation' })) },
  responses: {
    201: jsonResponse(CreatedInvitationSchema.meta({ id: 'CreatedInvitation' }), 'Invitation created'),
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/invitations/by-token/{token}',
  tags: ['Invitations'],
  summary: 'What an invitation link is for (public)',
  request: { params: TokenParams },
  responses: {
    200: jsonResponse(InvitationPreviewSchema.meta({ id: 'InvitationPreview' }), 'Invitation'),
    ...errorResponses(404, 409, 422),
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/invitations/by-token/{token}/accept',
  tags: ['Invitations'],
  summary: 'Set a password, create the account and sign in (public; throttled like sign-in)',
  request: { params: TokenParams, body: jsonBody(AcceptInvitationSchema.meta({ id: 'AcceptInvitation' })) },
  responses: { 201: jsonResponse(SessionSchema, 'Account created and signed in'), ...errorResponses(400, 404, 409, 422, 429) },
});

/** Invitations: admins invite by email; the invited person sets a password through the link. */
export function invitationRoutes(options: ApiOptions) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listInvitationsOfOrganization(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentInvitation), nextCursor: page.nextCursor }, 200);
    })
    .openapi(createInvitationRoute, async (c) => {
      const { ctx } = c.var;
      const actor = requireActor(c);
      const { invitation, token } = await createInvitation(ctx, actor, c.req.valid('json'));
      const origin = options.publicUrl ?? new URL(c.req.url).origin;
      const link = `${origin}/invitations/${token}`;
      // The link is a bearer secret: it goes to the admin only, never into the logs.
      ctx.logger.info({ requestId: c.var.requestId, invitationId: invitation.id }, 'invitation created');
      return c.json({ invitation: presentInvitation(invitation), link }, 201);
    })
    .openapi(previewRoute, async (c) => {
      const preview = await previewInvitation(c.var.ctx, c.req.valid('param').token);
      return c.json({ ...preview, expiresAt: preview.expiresAt.toISOString() }, 200);
    })
    .openapi(acceptRoute, async (c) => {
      const { ctx } = c.var;
      const { token, signedIn } = await acceptInvitation(
        ctx,
        c.req.valid('param').token,
        c.req.valid('json'),
        clientInfoOf(c, options.trustProxy),
      );
      await replaceSessionCookie(c, token, options);
      return c.json(presentSession(signedIn), 201);
    });
}
