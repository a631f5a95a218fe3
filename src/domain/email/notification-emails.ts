import { emailCategoryLabels } from '../../../shared/schemas/email.ts';
import type { NotificationCategory } from '../../../shared/schemas/notifications.ts';
import { digestHour, mailTime } from '../notifications/notification-mail-rules.ts';
import type { EmailContent } from './email-layout.ts';

/** What an email says of one notification (the recipient's name is added when it is queued). */
export type NotificationEmailContent = Omit<EmailContent, 'recipientName'>;

/** A notification as its email tells it: its one-line title, optional body, in-app link, category and time. */
export type NotifiedEvent = { title: string; body: string | null; link: string; category: NotificationCategory; createdAt: Date };

/** A digest lists at most this many items (each a title and a link); the rest are counted and one link away. */
export const digestItemsShown = 50;

const changeOnProfile = 'You can change how each kind reaches you on your profile, under Notifications.';

/**
 * The footer's reason for a notification's own email: its category, and that preferences can be
 * changed on the profile (account and security email is always sent).
 *
 * @example immediateReason('meetings') // 'You get this email because your meetings notifications are set to arrive at once. You can change …'
 */
export function immediateReason(category: NotificationCategory): string {
  if (category === 'account') return 'You get this email because it concerns your account and security; such emails are always sent.';
  return `You get this email because your ${emailCategoryLabels[category]} notifications are set to arrive by email at once. ${changeOnProfile}`;
}

/**
 * The email of one notification: subject and headline its title, the body, when it happened in
 * the recipient's zone, one link to where it happened, and the reason in the footer.
 *
 * @example notificationEmailContent({ title: 'Bo proposed a meeting', body: null, link: '/relationships/1', category: 'meetings', createdAt }, 'Europe/Paris')
 */
export function notificationEmailContent(event: NotifiedEvent, timeZone: string): NotificationEmailContent {
  return {
    subject: event.title,
    headline: event.title,
    paragraphs: event.body ? [event.body] : [],
    facts: [{ label: 'When', value: mailTime(event.createdAt, timeZone) }],
    action: { label: 'Open in Constellation', path: event.link },
    reason: immediateReason(event.category),
  };
}

/** The category a digest is filed under (and unsubscribed from by its link): the one most of its items belong to. */
export function digestCategoryOf(events: readonly Pick<NotifiedEvent, 'category'>[]): NotificationCategory {
  const counts = new Map<NotificationCategory, number>();
  for (const event of events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'activity';
}

/**
 * One digest email: the items (title and link each, with when, newest last), at most
 * `digestItemsShown` of them and a count of the rest, a link to the notification centre, and the
 * reason (which categories, sent at 08:00 in the person's zone, changeable on the profile).
 *
 * @example digestEmailContent(events, { timeZone: 'Europe/Paris', weekly: false })
 */
export function digestEmailContent(
  events: readonly NotifiedEvent[],
  options: { timeZone: string; weekly: boolean },
): NotificationEmailContent {
  const shown = events.slice(-digestItemsShown);
  const more = events.length - shown.length;
  const labels = [...new Set(events.map((e) => emailCategoryLabels[e.category]))];
  const count = `${events.length} new notification${events.length === 1 ? '' : 's'}`;
  return {
    subject: `Your ${options.weekly ? 'weekly' : 'daily'} digest: ${count}`,
    headline: `${count} since your last digest`,
    paragraphs: more > 0 ? [`The ${more} older ones are in your notifications.`] : [],
    links: shown.map((event) => ({ label: `${event.title} (${mailTime(event.createdAt, options.timeZone)})`, path: event.link })),
    action: { label: 'Open your notifications', path: '/notifications' },
    reason:
      `You get this digest at ${String(digestHour).padStart(2, '0')}:00 (${options.timeZone}) because of your email preferences for ${labels.join(', ')}, ` +
      `or because more than three emails would have reached you in one day. ${changeOnProfile}`,
  };
}
