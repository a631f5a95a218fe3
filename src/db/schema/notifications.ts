import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EmailMode, NotificationCategory } from '../../../shared/schemas/notifications.ts';
import { people } from './people.ts';

const categoryList = sql.raw(`'account', 'requests', 'meetings', 'activity', 'nudges', 'announcements'`);

/**
 * What a person is told inside the product (issue 16): one row per event and person, written in
 * the transaction of the change it reports. `event_key` names the event, so the same event never
 * notifies the same person twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    category: text('category').$type<NotificationCategory>().notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** A path inside the app (validated when written), such as /relationships/{id}. */
    link: text('link').notNull(),
    eventKey: text('event_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** What the email side did with it (notification-mail.ts): pending, sent, digest (waiting), digested, skipped. */
    emailState: text('email_state').$type<'pending' | 'sent' | 'digest' | 'digested' | 'skipped'>().notNull().default('pending'),
    /** When the email side last decided (queued, held, listed in a digest or skipped): today's count of immediate emails reads it. */
    emailAt: timestamp('email_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: 'notifications_person_fk',
      columns: [t.organizationId, t.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    uniqueIndex('notifications_event_unique').on(t.organizationId, t.personId, t.eventKey),
    // A person's list, newest first; and their unread ones (the bell's count, ?unread=true).
    index('notifications_person_created_idx').on(t.organizationId, t.personId, t.createdAt, t.id),
    index('notifications_person_unread_idx').on(t.organizationId, t.personId, t.createdAt, t.id).where(sql`${t.readAt} is null`),
    check('notifications_category_check', sql`${t.category} in (${categoryList})`),
    check('notifications_email_state_check', sql`${t.emailState} in ('pending', 'sent', 'digest', 'digested', 'skipped')`),
    // The email bridge's queue (small: only what it has not looked at), an organization's oldest first.
    index('notifications_email_pending_idx').on(t.organizationId, t.createdAt, t.id).where(sql`${t.emailState} = 'pending'`),
    // Who has something waiting for a digest, and what.
    index('notifications_email_digest_idx').on(t.organizationId, t.personId, t.createdAt).where(sql`${t.emailState} = 'digest'`),
    // A person's immediate emails today (the three-a-day cap).
    index('notifications_email_sent_idx').on(t.organizationId, t.personId, t.emailAt).where(sql`${t.emailState} = 'sent'`),
  ],
);

/**
 * A person's email mode for one category, stored only where it differs from the default
 * (shared/schemas/notifications.ts, defaultEmailModes).
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    organizationId: uuid('organization_id').notNull(),
    personId: uuid('person_id').notNull(),
    category: text('category').$type<NotificationCategory>().notNull(),
    email: text('email').$type<EmailMode>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'notification_preferences_pk', columns: [t.organizationId, t.personId, t.category] }),
    foreignKey({
      name: 'notification_preferences_person_fk',
      columns: [t.organizationId, t.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    check('notification_preferences_category_check', sql`${t.category} in (${categoryList})`),
    check('notification_preferences_email_check', sql`${t.email} in ('immediate', 'daily', 'weekly', 'off')`),
  ],
);
