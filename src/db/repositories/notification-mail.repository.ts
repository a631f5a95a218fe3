import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { EmailCategory } from '../../../shared/schemas/email.ts';
import type { EmailMode, NotificationCategory } from '../../../shared/schemas/notifications.ts';
import type { NotificationEmailState } from '../../domain/notifications/notification-mail-rules.ts';
import type { Database } from '../database.ts';
import type { NotificationRecord } from './notification.repository.ts';
import { emailUnsubscribes, notificationPreferences, notifications, outboxMessages, people } from '../schema/index.ts';

/** A notification the email side reads: what it says, where it links, for whom, when. */
export type MailedNotification = Omit<NotificationRecord, 'readAt'> & { personId: string };

/** A recipient as the email side needs them: address, name, zone, and whether they may still get email. */
export type MailRecipient = { id: string; email: string; name: string; timeZone: string | null; active: boolean };

/** A person's email choices: modes changed from the defaults, and categories unsubscribed by link. */
export type StoredMailChoices = { modes: Map<NotificationCategory, EmailMode>; unsubscribed: Set<EmailCategory> };

const mailedColumns = {
  id: notifications.id,
  personId: notifications.personId,
  kind: notifications.kind,
  category: notifications.category,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  createdAt: notifications.createdAt,
};

/** Organizations with notifications not yet looked at by the email side (read from the small pending index). */
export async function findOrganizationsWithPendingMail(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organizationId: notifications.organizationId })
    .from(notifications)
    .where(eq(notifications.emailState, 'pending'));
  return rows.map((row) => row.organizationId);
}

/**
 * Holds the organization's email bridge until the caller's transaction ends: two passes at once
 * (two servers, a slow pass overlapping the next) would each count today's emails without the
 * other's, and could pass the daily cap together.
 */
export async function lockOrganizationMail(db: Database, organizationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`notification_mail:${organizationId}`}))`);
}

/**
 * Claims up to `limit` of an organization's pending notifications, oldest first, locking them
 * (FOR UPDATE SKIP LOCKED) until the caller's transaction marks them, so two passes never take one.
 */
export async function claimPendingNotifications(db: Database, organizationId: string, limit: number): Promise<MailedNotification[]> {
  return db
    .select(mailedColumns)
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.emailState, 'pending')))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** The given people of an organization, as email recipients: one query for a batch. */
export async function findMailRecipients(
  db: Database,
  organizationId: string,
  personIds: readonly string[],
): Promise<Map<string, MailRecipient>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      email: people.email,
      name: people.displayName,
      timeZone: people.timeZone,
      active: sql<boolean>`${people.status} = 'active' and ${people.erasedAt} is null`,
    })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, [...personIds])));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The stored email modes and unsubscribes of a batch of people: two queries, whatever the batch. */
export async function findMailChoices(
  db: Database,
  organizationId: string,
  personIds: readonly string[],
): Promise<Map<string, StoredMailChoices>> {
  const choices = new Map<string, StoredMailChoices>(personIds.map((id) => [id, { modes: new Map(), unsubscribed: new Set() }]));
  if (personIds.length === 0) return choices;
  const ids = [...new Set(personIds)];
  const modes = await db
    .select({
      personId: notificationPreferences.personId,
      category: notificationPreferences.category,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.organizationId, organizationId), inArray(notificationPreferences.personId, ids)));
  const unsubscribed = await db
    .select({ personId: emailUnsubscribes.personId, category: emailUnsubscribes.category })
    .from(emailUnsubscribes)
    .where(and(eq(emailUnsubscribes.organizationId, organizationId), inArray(emailUnsubscribes.personId, ids)));
  for (const row of modes) choices.get(row.personId)?.modes.set(row.category, row.email);
  for (const row of unsubscribed) choices.get(row.personId)?.unsubscribed.add(row.category);
  return choices;
}

/**
 * How many counted immediate emails (not account) each person was sent since their own `since`
 * (their local midnight): one query over the sent index for a batch of people.
 */
export async function countImmediateMailSince(
  db: Database,
  organizationId: string,
  since: readonly { personId: string; since: Date }[],
): Promise<Map<string, number>> {
  if (since.length === 0) return new Map();
  const result = (await db.execute(sql`
    select n.person_id as "personId", count(*)::int as sent
    from unnest(${sql.param(since.map((s) => s.personId))}::uuid[], ${sql.param(since.map((s) => s.since.toISOString()))}::timestamptz[]) as given(person_id, since)
    join notifications n on n.organization_id = ${organizationId} and n.person_id = given.person_id
      and n.email_state = 'sent' and n.email_at >= given.since and n.category <> 'account'
    group by n.person_id`)) as unknown as { rows: { personId: string; sent: number }[] };
  return new Map(result.rows.map((row) => [row.personId, row.sent]));
}

/** Records each notification's email state (one statement for a batch), with the time it was decided. */
export async function markNotificationMail(
  db: Database,
  organizationId: string,
  states: readonly { id: string; state: NotificationEmailState }[],
  at: Date,
): Promise<void> {
  if (states.length === 0) return;
  await db.execute(sql`
    update notifications n set email_state = given.state, email_at = ${at.toISOString()}::timestamptz
    from unnest(${sql.param(states.map((s) => s.id))}::uuid[], ${sql.param(states.map((s) => s.state))}::text[]) as given(id, state)
    where n.organization_id = ${organizationId} and n.id = given.id`);
}

/**
 * The next `limit` people (across organizations) with notifications waiting for a digest, after
 * `after`, in (organization, person) order: the digest pass pages through them.
 */
export async function findPeopleWithDigestMail(
  db: Database,
  after: { organizationId: string; personId: string } | null,
  limit: number,
): Promise<{ organizationId: string; personId: string }[]> {
  return db
    .selectDistinct({ organizationId: notifications.organizationId, personId: notifications.personId })
    .from(notifications)
    .where(
      and(
        eq(notifications.emailState, 'digest'),
        after
          ? sql`(${notifications.organizationId}, ${notifications.personId}) > (${after.organizationId}, ${after.personId})`
          : undefined,
      ),
    )
    .orderBy(asc(notifications.organizationId), asc(notifications.personId))
    .limit(limit);
}

/** The notifications waiting for a digest of the given people of an organization, oldest first, locked for the caller's transaction. */
export async function claimDigestNotifications(
  db: Database,
  organizationId: string,
  personIds: readonly string[],
): Promise<MailedNotification[]> {
  if (personIds.length === 0) return [];
  return db
    .select(mailedColumns)
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        inArray(notifications.personId, [...personIds]),
        eq(notifications.emailState, 'digest'),
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .for('update', { skipLocked: true });
}

/** Of the given idempotency keys, those the organization's outbox already holds (a digest already sent today). */
export async function findQueuedMailKeys(db: Database, organizationId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: outboxMessages.idempotencyKey })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, organizationId), inArray(outboxMessages.idempotencyKey, [...keys])));
  return new Set(rows.map((row) => row.key));
}
