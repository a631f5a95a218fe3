import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

/**
 * What an email is about, for preferences and unsubscribing: account and security mail
 * (invitations, password) is never held back nor unsubscribable; the others are.
 */
export const emailCategories = ['account', 'requests', 'meetings', 'activity', 'nudges', 'announcements'] as const;
export type EmailCategory = (typeof emailCategories)[number];

/** Whether a person may turn a category's email off (account and security email: never). */
export function isUnsubscribableCategory(category: EmailCategory): boolean {
  return category !== 'account';
}

/** How each category is named to the person it reaches (the unsubscribe page, the footer). */
export const emailCategoryLabels: Record<EmailCategory, string> = {
  account: 'account and security',
  requests: 'mentor requests',
  meetings: 'meetings',
  activity: 'relationship activity',
  nudges: 'nudges',
  announcements: 'program announcements',
};

/**
 * Where a queued message is: `pending` waits (or waits for a retry), `sending` is claimed by a
 * delivery pass, `sent` reached the mail server, `failed` failed and will be retried, `dead`
 * failed too often, `not_sent` is kept because no mail server is configured.
 */
export const outboxStatuses = ['pending', 'sending', 'sent', 'failed', 'dead', 'not_sent'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** One message of the Outbox, as org admins see it in the list. */
export const OutboxMessageSchema = z.object({
  id: IdSchema,
  recipientPersonId: IdSchema.nullable(),
  recipientName: z.string(),
  recipientAddress: z.string(),
  kind: z.string(),
  category: z.enum(emailCategories),
  subject: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: TimestampSchema,
  sentAt: TimestampSchema.nullable(),
  messageId: z.string(),
  hasCalendar: z.boolean(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** One message with its plain text (opened from the list), links and confidential parts withheld. */
export const OutboxMessageDetailSchema = OutboxMessageSchema.extend({ text: z.string() });
export type OutboxMessageDetail = z.infer<typeof OutboxMessageDetailSchema>;

/** The Outbox's list: newest first, by status, searched by recipient (name or address). */
export const OutboxQuerySchema = SearchPageQuerySchema.extend({
  status: z.enum(outboxStatuses).optional().describe('Only messages in this state'),
});
export type OutboxQuery = z.infer<typeof OutboxQuerySchema>;

export const OutboxPageSchema = pageSchema(OutboxMessageSchema);
export type OutboxPage = z.infer<typeof OutboxPageSchema>;

/** What an unsubscribe link will change (GET) or has changed (POST). */
export const UnsubscribeViewSchema = z.object({
  category: z.enum(emailCategories),
  categoryLabel: z.string(),
  recipientName: z.string(),
  unsubscribed: z.boolean(),
});
export type UnsubscribeView = z.infer<typeof UnsubscribeViewSchema>;
