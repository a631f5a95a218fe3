import { z } from 'zod';
import { limits } from '../limits.ts';
import { IdSchema, isSingleLine, TimestampSchema } from './common.ts';
import { type EmailCategory, emailCategories } from './email.ts';
import { PageQuerySchema, pageSchema } from './paging.ts';

/**
 * What a notification is about; preferences are kept per category (issue 16). The same list as
 * email's (shared/schemas/email.ts), so a notification and its email share one category:
 * account (invitations and account), requests, meetings, activity (relationship activity),
 * nudges, announcements.
 */
export const notificationCategories = emailCategories;
export type NotificationCategory = EmailCategory;

/** How a category reaches a person by email: at once, in a daily or weekly digest, or not at all (in-app always). */
export const emailModes = ['immediate', 'daily', 'weekly', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];

/** The email mode of each category until the person changes it. */
export const defaultEmailModes: Readonly<Record<NotificationCategory, EmailMode>> = {
  account: 'immediate',
  requests: 'immediate',
  meetings: 'immediate',
  activity: 'daily',
  nudges: 'daily',
  announcements: 'immediate',
};

/** Categories a person cannot change: account and security messages are always sent at once. */
export const fixedCategories: readonly NotificationCategory[] = ['account'];

/**
 * Whether a link is a path inside the app: starts with one `/` (never `//`, which leaves the
 * site), no scheme, no backslash, no whitespace or control character.
 *
 * @example isInAppPath('/relationships/1f0c…') // true
 * @example isInAppPath('//evil.example/x') // false
 */
export function isInAppPath(link: string): boolean {
  return /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/.test(link) && isSingleLine(link);
}

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: z.string(),
  category: z.enum(notificationCategories),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().describe('A path inside the app, such as /relationships/{id}'),
  createdAt: TimestampSchema,
  readAt: TimestampSchema.nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** GET /me/notifications: newest first; `unread=true` keeps the unread ones. */
export const NotificationQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('true: only notifications not read yet'),
});
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;

export const NotificationPageSchema = pageSchema(NotificationSchema).extend({
  unreadCount: z.number().int().min(0).describe('How many of my notifications are unread (all of them, not this page)'),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** POST /me/notifications/read: these of mine, or all of mine. */
export const MarkNotificationsReadSchema = z
  .object({
    ids: z.array(IdSchema).min(1).max(limits.notificationsReadMax).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), {
    path: ['ids'],
    message: 'give either ids or all: true',
  });
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsReadSchema>;

export const MarkNotificationsReadResultSchema = z.object({
  marked: z.number().int().min(0).describe('How many were unread and are read now'),
  unreadCount: z.number().int().min(0),
});
export type MarkNotificationsReadResult = z.infer<typeof MarkNotificationsReadResultSchema>;

export const NotificationPreferenceSchema = z.object({
  category: z.enum(notificationCategories),
  email: z.enum(emailModes),
  changeable: z.boolean().describe('false: always sent at once (account and security)'),
});
export type NotificationPreference = z.infer<typeof NotificationPreferenceSchema>;

export const NotificationPreferencesSchema = z.object({ categories: z.array(NotificationPreferenceSchema) });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** PUT /me/notification-preferences: the email mode of each changeable category named (others keep theirs; account is not changeable). */
export const SaveNotificationPreferencesSchema = z.object({
  email: z
    .object({
      requests: z.enum(emailModes).optional(),
      meetings: z.enum(emailModes).optional(),
      activity: z.enum(emailModes).optional(),
      nudges: z.enum(emailModes).optional(),
      announcements: z.enum(emailModes).optional(),
    })
    .strict(),
});
export type SaveNotificationPreferences = z.infer<typeof SaveNotificationPreferencesSchema>;
