import { createRoute } from '@hono/zod-openapi';
import {
  MarkNotificationsReadResultSchema,
  MarkNotificationsReadSchema,
  type Notification,
  NotificationPageSchema,
  NotificationPreferencesSchema,
  NotificationQuerySchema,
  SaveNotificationPreferencesSchema,
} from '../../../shared/schemas/notifications.ts';
import {
  getMyNotificationPreferences,
  saveMyNotificationPreferences,
} from '../../services/notifications/notification-preferences.service.ts';
import {
  listMyNotifications,
  markMyNotificationsRead,
  type NotificationPageView,
} from '../../services/notifications/notification.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const base = { tags: ['Notifications'], security: sessionSecurity };
const PreferencesView = NotificationPreferencesSchema.meta({ id: 'NotificationPreferences' });

const list = createRoute({
  ...base,
  method: 'get',
  path: '/me/notifications',
  summary: 'A page of my notifications, newest first (unread=true: only unread), with how many are unread',
  request: { query: NotificationQuerySchema },
  responses: { 200: jsonResponse(NotificationPageSchema.meta({ id: 'NotificationPage' }), 'Notifications'), ...errorResponses(401, 422) },
});
const markRead = createRoute({
  ...base,
  method: 'post',
  path: '/me/notifications/read',
  summary: 'Mark my notifications read: { ids: [...] } or { all: true } (ids not mine change nothing)',
  request: { body: jsonBody(MarkNotificationsReadSchema.meta({ id: 'MarkNotificationsRead' })) },
  responses: {
    200: jsonResponse(
      MarkNotificationsReadResultSchema.meta({ id: 'MarkNotificationsReadResult' }),
      'How many changed, and the unread count',
    ),
    ...errorResponses(400, 401, 422),
  },
});
const getPreferences = createRoute({
  ...base,
  method: 'get',
  path: '/me/notification-preferences',
  summary: 'How each category of notification reaches me by email (in the app: always)',
  responses: { 200: jsonResponse(PreferencesView, 'Every category with its email mode'), ...errorResponses(401) },
});
const savePreferences = createRoute({
  ...base,
  method: 'put',
  path: '/me/notification-preferences',
  summary: 'Set the email mode (immediate, daily, weekly, off) of the categories named; invitations and account are always sent',
  request: { body: jsonBody(SaveNotificationPreferencesSchema.meta({ id: 'SaveNotificationPreferences' })) },
  responses: { 200: jsonResponse(PreferencesView, 'Every category with its email mode'), ...errorResponses(400, 401, 422) },
});

function presentNotification(record: NotificationPageView['items'][number]): Notification {
  return { ...record, createdAt: record.createdAt.toISOString(), readAt: record.readAt?.toISOString() ?? null };
}

/** The notification centre: my notifications, marking them read, and my email preferences. */
export function notificationRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const page = await listMyNotifications(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(presentNotification) }, 200);
    })
    .openapi(markRead, async (c) => c.json(await markMyNotificationsRead(c.var.ctx, requireActor(c), c.req.valid('json')), 200))
    .openapi(getPreferences, async (c) => c.json(await getMyNotificationPreferences(c.var.ctx, requireActor(c)), 200))
    .openapi(savePreferences, async (c) =>
      c.json(await saveMyNotificationPreferences(c.var.ctx, requireActor(c), c.req.valid('json')), 200),
    );
}
