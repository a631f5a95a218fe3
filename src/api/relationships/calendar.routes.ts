import { createRoute, z } from '@hono/zod-openapi';
import { CalendarFeedFileSchema, CalendarFeedStatusSchema, CreatedCalendarFeedSchema } from '../../../shared/schemas/calendar.ts';
import {
  createCalendarFeed,
  getCalendarFeedStatus,
  renderCalendarFeed,
  revokeCalendarFeed,
} from '../../services/relationships/calendar.service.ts';
import type { ApiOptions } from '../app-env.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { sendCalendarFile } from './calendar-response.ts';

const tags = ['Calendar'];
const path = '/me/calendar-feed';

const getStatus = createRoute({
  tags,
  security: sessionSecurity,
  method: 'get',
  path,
  summary: 'Whether I have a live calendar feed (its URL is shown only when created)',
  responses: { 200: jsonResponse(CalendarFeedStatusSchema.meta({ id: 'CalendarFeedStatus' }), 'Feed status'), ...errorResponses(401) },
});
const create = createRoute({
  tags,
  security: sessionSecurity,
  method: 'post',
  path,
  summary: 'Create my private calendar feed URL with all my meetings (replaces any earlier one)',
  responses: {
    201: jsonResponse(CreatedCalendarFeedSchema.meta({ id: 'CreatedCalendarFeed' }), 'The URL, shown this once'),
    ...errorResponses(401, 403),
  },
});
const revoke = createRoute({
  tags,
  security: sessionSecurity,
  method: 'delete',
  path,
  summary: 'Revoke my calendar feed: its URL stops working',
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});
const feed = createRoute({
  tags,
  method: 'get',
  path: '/calendar-feeds/{file}',
  summary: 'A person’s calendar feed by its secret token (no session): `{token}.ics`',
  request: { params: z.object({ file: CalendarFeedFileSchema }) },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'An iCalendar feed' },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    ...errorResponses(404, 422),
  },
});

/**
 * Calendar feeds: each person creates, checks and revokes their own; the feed itself is read
 * by calendar apps with the token alone. It answers with an ETag (304 when unchanged) and may
 * be cached privately for a few minutes, so frequent polling stays cheap.
 */
export function calendarRoutes(options: Pick<ApiOptions, 'publicUrl'>) {
  return createRouter()
    .openapi(getStatus, async (c) => {
      const status = await getCalendarFeedStatus(c.var.ctx, requireActor(c));
      return c.json({ active: status.active, createdAt: status.createdAt?.toISOString() ?? null }, 200);
    })
    .openapi(create, async (c) => {
      const created = await createCalendarFeed(c.var.ctx, requireActor(c), options.publicUrl ?? new URL(c.req.url).origin);
      c.header('Cache-Control', 'no-store');
      return c.json({ url: created.url, createdAt: created.createdAt.toISOString() }, 201);
    })
    .openapi(revoke, async (c) => {
      await revokeCalendarFeed(c.var.ctx, requireActor(c));
      return c.body(null, 204);
    })
    .openapi(feed, async (c) => {
      const token = c.req.valid('param').file.slice(0, -'.ics'.length);
      const file = await renderCalendarFeed(c.var.ctx, token, options.publicUrl ?? new URL(c.req.url).origin);
      c.header('Referrer-Policy', 'no-referrer');
      return sendCalendarFile(c, file, { disposition: 'inline', cacheControl: 'private, max-age=300' });
    });
}
