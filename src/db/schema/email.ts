import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { EmailCategory, OutboxStatus } from '../../../shared/schemas/email.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';

/**
 * Email waiting to leave, written in the transaction of the change that caused it (a rolled-back
 * change sends nothing) and delivered afterwards by `deliverOutbox`. The idempotency key names
 * the event and the recipient, so one event never queues two messages for one person; the
 * Message-ID derives from it, so a retry after a crash is the same message in effect.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Null for an address with no person yet (an invitation). */
    recipientPersonId: uuid('recipient_person_id'),
    recipientAddress: text('recipient_address').notNull(),
    recipientName: text('recipient_name').notNull(),
    kind: text('kind').notNull(),
    category: text('category').$type<EmailCategory>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** What org admins read on the Outbox page: the text with links and confidential parts withheld. */
    outboxText: text('outbox_text'),
    /** The one-click unsubscribe address (RFC 8058), when the category allows it. */
    unsubscribeUrl: text('unsubscribe_url'),
    calendarMethod: text('calendar_method').$type<'REQUEST' | 'CANCEL'>(),
    calendarContent: text('calendar_content'),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When a pending or failed message may next be tried; a claimed one's lease ends here too. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    messageId: text('message_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: 'outbox_messages_recipient_fk',
      columns: [t.organizationId, t.recipientPersonId],
      foreignColumns: [people.organizationId, people.id],
    }).onDelete('cascade'),
    unique('outbox_messages_idempotency_unique').on(t.organizationId, t.idempotencyKey),
    // The Outbox page: newest first, optionally by status.
    index('outbox_messages_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('outbox_messages_status_idx').on(t.organizationId, t.status, t.createdAt, t.id),
    // The delivery pass looks across organizations at the few messages not yet delivered (as
    // mentor_requests_expiry_idx does for the expiry job): partial, so it stays small.
    index('outbox_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending', 'failed')`),
    check('outbox_messages_status_check', sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'dead', 'not_sent')`),
    check('outbox_messages_calendar_check', sql`(${t.calendarMethod} is null) = (${t.calendarContent} is null)`),
  ],
);

/** A person's choice to receive no email of one category (from an unsubscribe link). */
export const emailUnsubscribes = pgTable(
  'email_unsubscribes',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    personId: uuid('person_id').notNull(),
    category: text('category').$type<EmailCategory>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'email_unsubscribes_pk', columns: [t.organizationId, t.personId, t.category] }),
    foreignKey({
      name: 'email_unsubscribes_person_fk',
      columns: [t.organizationId, t.personId],
      foreignColumns: [people.organizationId, people.id],
    }).onDelete('cascade'),
    check('email_unsubscribes_category_check', sql`${t.category} <> 'account'`),
  ],
);
