import { createRoute, z } from '@hono/zod-openapi';
import { type OutboxMessage, OutboxMessageDetailSchema, OutboxPageSchema, OutboxQuerySchema } from '../../../shared/schemas/email.ts';
import { listOutbox, type OutboxListRecord, readOutboxMessage } from '../../services/email/outbox.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/admin/outbox',
  tags: ['Email'],
  security: sessionSecurity,
  summary: 'The organization’s outbox: every email written to people, newest first, with its delivery state (org admins)',
  request: { query: OutboxQuerySchema },
  responses: { 200: jsonResponse(OutboxPageSchema.meta({ id: 'OutboxPage' }), 'One page of messages'), ...errorResponses(401, 403, 422) },
});

const readRoute = createRoute({
  method: 'get',
  path: '/admin/outbox/{messageId}',
  tags: ['Email'],
  security: sessionSecurity,
  summary: 'One message of the outbox with its plain text, links and confidential parts withheld (org admins)',
  request: { params: z.object({ messageId: z.uuid().openapi({ param: { name: 'messageId', in: 'path' } }) }) },
  responses: {
    200: jsonResponse(OutboxMessageDetailSchema.meta({ id: 'OutboxMessageDetail' }), 'The message'),
    ...errorResponses(401, 403, 404, 422),
  },
});

function presentOutboxMessage(message: OutboxListRecord): OutboxMessage {
  return { ...message, createdAt: message.createdAt.toISOString(), sentAt: message.sentAt?.toISOString() ?? null };
}

/** GET /admin/outbox and one message of it, for org admins. */
export function outboxRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listOutbox(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentOutboxMessage), nextCursor: page.nextCursor }, 200);
    })
    .openapi(readRoute, async (c) => {
      const message = await readOutboxMessage(c.var.ctx, requireActor(c), c.req.valid('param').messageId);
      return c.json({ ...presentOutboxMessage(message), text: message.text }, 200);
    });
}
