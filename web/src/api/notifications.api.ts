import {
  type EmailMode,
  MarkNotificationsReadResultSchema,
  type MarkNotificationsRead,
  type MarkNotificationsReadResult,
  type Notification,
  type NotificationCategory,
  NotificationPageSchema,
  type NotificationPage,
  NotificationPreferencesSchema,
  type NotificationPreferences,
  type SaveNotificationPreferences,
} from '../../../shared/schemas/notifications.ts';
import { requestJson, toQueryString } from './client.ts';

export type { EmailMode, Notification, NotificationCategory, NotificationPage, NotificationPreferences };

/** Query keys: everything about my notifications sits under the first (marking read refreshes them all). */
export const myNotificationsQueryKey = ['me', 'notifications'] as const;
export const unreadNotificationsQueryKey = [...myNotificationsQueryKey, 'unread-count'] as const;
export const notificationPreferencesQueryKey = ['me', 'notification-preferences'] as const;

/** One page of my notifications, newest first (only the unread ones with `unread`). */
export function fetchMyNotificationPage(options: { unread?: boolean; cursor?: string; limit?: number }): Promise<NotificationPage> {
  const { unread, cursor, limit } = options;
  return requestJson(`/me/notifications${toQueryString({ unread: unread ? 'true' : undefined, cursor, limit })}`, NotificationPageSchema);
}

/** How many of my notifications are unread (the bell): a one-row page carries the count. */
export async function fetchUnreadNotificationCount(): Promise<number> {
  return (await fetchMyNotificationPage({ unread: true, limit: 1 })).unreadCount;
}

export function markNotificationsRead(input: MarkNotificationsRead): Promise<MarkNotificationsReadResult> {
  return requestJson('/me/notifications/read', MarkNotificationsReadResultSchema, { method: 'POST', body: input });
}

export function fetchNotificationPreferences(): Promise<NotificationPreferences> {
  return requestJson('/me/notification-preferences', NotificationPreferencesSchema);
}

export function saveNotificationPreferences(input: SaveNotificationPreferences): Promise<NotificationPreferences> {
  return requestJson('/me/notification-preferences', NotificationPreferencesSchema, { method: 'PUT', body: input });
}
