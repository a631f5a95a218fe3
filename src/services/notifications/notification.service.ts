import type { MarkNotificationsRead, MarkNotificationsReadResult, NotificationQuery } from '../../../shared/schemas/notifications.ts';
import {
  countUnreadNotifications,
  listNotificationsOfPerson,
  markNotificationsRead,
  type NotificationRecord,
} from '../../db/repositories/notification.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

/** A page of my notifications with the unread count: the service's answer before it is presented. */
export type NotificationPageView = { items: NotificationRecord[]; nextCursor: string | null; unreadCount: number };

/**
 * A page of the caller's own notifications, newest first (only the unread ones with
 * `unread=true`), and how many of all of theirs are unread, for the bell.
 *
 * @example const { items, nextCursor, unreadCount } = await listMyNotifications(ctx, actor, { limit: 20, unread: false });
 */
export async function listMyNotifications(ctx: ServiceContext, actor: Actor, query: NotificationQuery): Promise<NotificationPageView> {
  const page = await listNotificationsOfPerson(ctx.db, actor.organizationId, actor.personId, query);
  const unreadCount = await countUnreadNotifications(ctx.db, actor.organizationId, actor.personId);
  return { ...page, unreadCount };
}

/**
 * Marks the caller's own notifications read: the ids given (an id that is not theirs, or read
 * already, changes nothing) or all of them.
 *
 * @example await markMyNotificationsRead(ctx, actor, { all: true }) // { marked: 3, unreadCount: 0 }
 */
export async function markMyNotificationsRead(
  ctx: ServiceContext,
  actor: Actor,
  input: MarkNotificationsRead,
): Promise<MarkNotificationsReadResult> {
  return ctx.db.transaction(async (trx) => {
    const marked = await markNotificationsRead(trx, actor.organizationId, actor.personId, input.all ? 'all' : (input.ids ?? []), ctx.now());
    return { marked, unreadCount: await countUnreadNotifications(trx, actor.organizationId, actor.personId) };
  });
}
