import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { EmailMode, NotificationCategory, NotificationQuery } from '../../../shared/schemas/notifications.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { notificationPreferences, notifications } from '../schema/index.ts';

/** One notification row, mapped. */
export type NotificationRecord = {
  id: string;
  kind: string;
  category: NotificationCategory;
  title: string;
  body: string | null;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

/** What one notification stores (the service has checked its texts and link). */
export type NewNotification = {
  organizationId: string;
  personId: string;
  kind: string;
  category: NotificationCategory;
  title: string;
  body: string | null;
  link: string;
  eventKey: string;
};

/** Rows per insert: a few array parameters each, so the size is for the statement's memory only. */
const NOTIFICATIONS_PER_INSERT = 5000;

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  category: notifications.category,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

const newestFirst = keyset('newest', [
  { by: notifications.createdAt, direction: 'desc' },
  { by: notifications.id, direction: 'desc' },
]);

/**
 * Inserts notifications, an event already told to a person skipped (its event key is taken).
 * Set-based: each slice of rows is one statement over unnested arrays, so 40,000 rows are a
 * handful of queries.
 *
 * @example await insertNotifications(trx, [{ organizationId, personId, kind: 'meeting_proposed', category: 'meetings', title, body: null, link, eventKey }]);
 */
export async function insertNotifications(db: Database, rows: readonly NewNotification[]): Promise<void> {
  for (let start = 0; start < rows.length; start += NOTIFICATIONS_PER_INSERT) {
    const slice = rows.slice(start, start + NOTIFICATIONS_PER_INSERT);
    const column = <K extends keyof NewNotification>(key: K) => sql.param(slice.map((row) => row[key]));
    await db.execute(sql`
      insert into notifications (organization_id, person_id, kind, category, title, body, link, event_key)
      select organization_id, person_id, kind, category, title, body, link, event_key
      from unnest(${column('organizationId')}::uuid[], ${column('personId')}::uuid[], ${column('kind')}::text[], ${column('category')}::text[], ${column('title')}::text[],
        ${column('body')}::text[], ${column('link')}::text[], ${column('eventKey')}::text[])
        as given(organization_id, person_id, kind, category, title, body, link, event_key)
      on conflict (organization_id, person_id, event_key) do nothing`);
  }
}

/** The query of one page of a person's notifications (exported so a test can read its plan). */
export function notificationPageQuery(db: Database, organizationId: string, personId: string, query: NotificationQuery) {
  const page = keysetQuery(newestFirst, query);
  return db
    .select({ ...columns, cursorKey: page.cursorKey })
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.personId, personId),
        query.unread ? isNull(notifications.readAt) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
}

/** A page of a person's notifications, newest first, optionally only the unread ones. */
export async function listNotificationsOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
  query: NotificationQuery,
): Promise<Page<NotificationRecord>> {
  return pageFrom(await notificationPageQuery(db, organizationId, personId, query), query, newestFirst);
}

/** The query counting a person's unread notifications (read from the partial unread index). */
export function unreadCountQuery(db: Database, organizationId: string, personId: string) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.personId, personId), isNull(notifications.readAt)));
}

/** How many of a person's notifications are unread. */
export async function countUnreadNotifications(db: Database, organizationId: string, personId: string): Promise<number> {
  const [row] = await unreadCountQuery(db, organizationId, personId);
  return row?.n ?? 0;
}

/** Marks the person's own unread notifications read: the given ids (others' ids are ignored) or all. Returns how many changed. */
export async function markNotificationsRead(
  db: Database,
  organizationId: string,
  personId: string,
  ids: readonly string[] | 'all',
  at: Date,
): Promise<number> {
  const changed = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.personId, personId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, [...ids]),
      ),
    )
    .returning({ id: notifications.id });
  return changed.length;
}

/** The email modes a person has changed from the defaults, by category. */
export async function findNotificationPreferences(
  db: Database,
  organizationId: string,
  personId: string,
): Promise<Map<NotificationCategory, EmailMode>> {
  const rows = await db
    .select({ category: notificationPreferences.category, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.organizationId, organizationId), eq(notificationPreferences.personId, personId)));
  return new Map(rows.map((row) => [row.category, row.email]));
}

/**
 * Writes a person's changed email modes sparsely: a category set to its default loses its row,
 * any other is stored (inserted or updated).
 */
export async function saveNotificationPreferences(
  db: Database,
  organizationId: string,
  personId: string,
  changes: readonly { category: NotificationCategory; email: EmailMode; isDefault: boolean }[],
  at: Date,
): Promise<void> {
  const toDefault = changes.filter((change) => change.isDefault).map((change) => change.category);
  const stored = changes.filter((change) => !change.isDefault);
  if (toDefault.length > 0) {
    await db
      .delete(notificationPreferences)
      .where(
        and(
          eq(notificationPreferences.organizationId, organizationId),
          eq(notificationPreferences.personId, personId),
          inArray(notificationPreferences.category, toDefault),
        ),
      );
  }
  if (stored.length > 0) {
    await db
      .insert(notificationPreferences)
      .values(stored.map(({ category, email }) => ({ organizationId, personId, category, email, updatedAt: at })))
      .onConflictDoUpdate({
        target: [notificationPreferences.organizationId, notificationPreferences.personId, notificationPreferences.category],
        set: { email: sql`excluded.email`, updatedAt: at },
      });
  }
}

/**
 * Erasure (right to be forgotten): the person's own notifications and preferences go, and their
 * name in others' notifications (a title such as "Ana Souza sent you a mentor request") becomes
 * `replacement` (the whole name only). Erasures are rare: the organization's titles are searched
 * without an index.
 */
export async function eraseNotificationsOf(
  db: Database,
  organizationId: string,
  personId: string,
  formerName: string,
  replacement: string,
): Promise<{ notifications: number; notificationsRenamed: number }> {
  const own = await db
    .delete(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.personId, personId)))
    .returning({ id: notifications.id });
  await db
    .delete(notificationPreferences)
    .where(and(eq(notificationPreferences.organizationId, organizationId), eq(notificationPreferences.personId, personId)));
  // The whole name only (not "Al" inside "Alice"), its characters taken literally.
  const pattern = `(^|[^[:alnum:]])${formerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[^[:alnum:]]|$)`;
  const renamed = await db
    .update(notifications)
    .set({ title: sql`regexp_replace(${notifications.title}, ${pattern}, ${`\\1${replacement.replaceAll('\\', '\\\\')}`}, 'g')` })
    .where(and(eq(notifications.organizationId, organizationId), sql`${notifications.title} ~ ${pattern}`))
    .returning({ id: notifications.id });
  return { notifications: own.length, notificationsRenamed: renamed.length };
}
