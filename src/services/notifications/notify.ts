import { limits } from '../../../shared/limits.ts';
import { isInAppPath, type NotificationCategory } from '../../../shared/schemas/notifications.ts';
import type { Database } from '../../db/database.ts';
import { insertNotifications, type NewNotification } from '../../db/repositories/notification.repository.ts';

/** One thing to tell one person, inside the product (and, through the email side, by email as their preferences say). */
export type NotificationMessage = {
  organizationId: string;
  personId: string;
  /** A stable snake_case name of what happened (`mentor_request_received`). */
  kind: string;
  category: NotificationCategory;
  /** One line the person reads in the list; only what they may see (a name they already see, never a pair's content). */
  title: string;
  body?: string | null;
  /** A path inside the app, such as /relationships/{id}. */
  link: string;
  /** Names the event: the same key never notifies the same person twice (`meeting_proposed:{meetingId}`). */
  eventKey: string;
};

/** Line breaks and control characters become spaces, runs of spaces one; cut to `max` with an ellipsis. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function toRow(message: NotificationMessage): NewNotification {
  if (!isInAppPath(message.link) || message.link.length > limits.notificationLinkMax) {
    throw new Error(`notification ${message.kind}: link is not a path inside the app`);
  }
  if (message.eventKey.length === 0 || message.eventKey.length > limits.notificationEventKeyMax) {
    throw new Error(`notification ${message.kind}: event key must be 1-${limits.notificationEventKeyMax} characters`);
  }
  const body = message.body ? oneLine(message.body, limits.notificationBodyMax) : '';
  return {
    organizationId: message.organizationId,
    personId: message.personId,
    kind: message.kind,
    category: message.category,
    title: oneLine(message.title, limits.notificationTitleMax),
    body: body === '' ? null : body,
    link: message.link,
    eventKey: message.eventKey,
  };
}

/**
 * Tells a person something, or many people many things (an array), in the caller's transaction:
 * a rolled-back change notifies nobody, and an event already told to a person (same event key)
 * is not told again. The one entry point for every notification; the email side reads
 * `emailModeFor` (notification-preferences.service.ts) to decide whether and when the same
 * message goes out by email. Many messages go in set-based batches (publishing a match: 40,000
 * notifications for 20,000 pairs in a handful of statements).
 *
 * @example await notify(trx, { organizationId, personId: mentorId, kind: 'mentor_request_received', category: 'requests', title: 'Aisha Mohammed asked you to be her mentor', link: '/requests', eventKey: `mentor_request_received:${id}` });
 */
export async function notify(tx: Database, messages: NotificationMessage | readonly NotificationMessage[]): Promise<void> {
  const rows = (Array.isArray(messages) ? messages : [messages]).map(toRow);
  if (rows.length > 0) await insertNotifications(tx, rows);
}
