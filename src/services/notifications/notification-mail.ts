import { limits } from '../../../shared/limits.ts';
import { defaultEmailModes, type NotificationCategory } from '../../../shared/schemas/notifications.ts';
import type { Database } from '../../db/database.ts';
import {
  claimPendingNotifications,
  countImmediateMailSince,
  findMailChoices,
  findMailRecipients,
  findOrganizationsWithPendingMail,
  lockOrganizationMail,
  type MailRecipient,
  type MailedNotification,
  markNotificationMail,
  type StoredMailChoices,
} from '../../db/repositories/notification-mail.repository.ts';
import { notificationEmailContent } from '../../domain/email/notification-emails.ts';
import {
  decideEmailFates,
  localDayStart,
  type MailRecipientChoices,
  mailZoneOf,
} from '../../domain/notifications/notification-mail-rules.ts';
import type { ServiceContext } from '../context.ts';
import { type EmailToQueue, queueEmails } from '../email/queue-email.ts';

/** Notifications per pass: one transaction, a dozen statements, whatever the size. */
export const notificationMailBatch = 2000;

/** What one run of the bridge did. */
export type NotificationMailReport = { batches: number; sent: number; held: number; skipped: number };

const messageKind = /^[a-z][a-z0-9_]{0,59}$/;

/** Whether email can reach a person at all: an active, not erased person with an address. */
function canReceive(recipient: MailRecipient | undefined): recipient is MailRecipient {
  return recipient?.active === true && recipient.email.includes('@') && recipient.email.length <= limits.emailMax;
}

/**
 * How a batch's people chose to be told: their stored modes over the defaults, their unsubscribes,
 * whether they can receive email. Shared by the bridge and the digest.
 */
export function recipientChoices(
  recipient: MailRecipient | undefined,
  stored: StoredMailChoices | undefined,
  immediateToday = 0,
): MailRecipientChoices {
  return {
    canReceive: canReceive(recipient),
    modeOf: (category: NotificationCategory) => stored?.modes.get(category) ?? defaultEmailModes[category],
    unsubscribedFrom: (category: NotificationCategory) => stored?.unsubscribed.has(category) ?? false,
    immediateToday,
  };
}

function emailOf(organizationId: string, notification: MailedNotification, recipient: MailRecipient): EmailToQueue {
  return {
    organizationId,
    recipient: { personId: recipient.id, address: recipient.email, name: recipient.name },
    // A kind the outbox would refuse must not stop the queue behind it.
    kind: messageKind.test(notification.kind) ? notification.kind : 'notification',
    category: notification.category,
    idempotencyKey: `notification:${notification.id}`,
    content: notificationEmailContent(notification, mailZoneOf(recipient.timeZone)),
  };
}

/**
 * One pass over an organization's oldest pending notifications, in the caller's transaction:
 * holds the organization's bridge (one pass at a time, so the daily cap counts every email), claims them, reads their people, preferences, unsubscribes and today's counts once, queues the
 * immediate emails and marks every notification (sent, digest or skipped) in the same
 * transaction, so each is emailed exactly once. Returns how many were claimed and their fates.
 */
async function bridgeBatch(ctx: ServiceContext, trx: Database, organizationId: string, size: number) {
  await lockOrganizationMail(trx, organizationId);
  const pending = await claimPendingNotifications(trx, organizationId, size);
  const personIds = [...new Set(pending.map((n) => n.personId))];
  const recipients = await findMailRecipients(trx, organizationId, personIds);
  const stored = await findMailChoices(trx, organizationId, personIds);
  const now = ctx.now();
  const dayStarts = new Map<string, Date>();
  const dayStartIn = (zone: string) => dayStarts.get(zone) ?? dayStarts.set(zone, localDayStart(now, zone)).get(zone) ?? now;
  const since = [...recipients.values()].map((r) => ({ personId: r.id, since: dayStartIn(mailZoneOf(r.timeZone)) }));
  const sentToday = await countImmediateMailSince(trx, organizationId, since);
  const fates = decideEmailFates(pending, (personId) =>
    recipientChoices(recipients.get(personId), stored.get(personId), sentToday.get(personId) ?? 0),
  );
  const emails = pending.flatMap((n) => {
    const recipient = recipients.get(n.personId);
    return fates.get(n.id) === 'sent' && recipient ? [emailOf(organizationId, n, recipient)] : [];
  });
  await queueEmails(ctx, trx, emails);
  const states = pending.map((n) => ({ id: n.id, state: fates.get(n.id) ?? 'skipped' }));
  await markNotificationMail(trx, organizationId, states, now);
  const count = (state: string) => states.filter((s) => s.state === state).length;
  return { claimed: pending.length, sent: count('sent'), held: count('digest'), skipped: count('skipped') };
}

/**
 * The bridge from in-app notifications to email: every pending notification, organization by
 * organization, in passes of `batchSize` (each its own transaction), becomes an immediate email,
 * waits for the person's digest, or is skipped, as their preferences, unsubscribes and the
 * three-a-day cap say. Stops between passes when `signal` aborts; a rerun goes on where it stopped.
 *
 * @example const report = await bridgeNotificationsToEmail(ctx); // { batches: 1, sent: 2, held: 1, skipped: 0 }
 */
export async function bridgeNotificationsToEmail(
  ctx: ServiceContext,
  options: { batchSize?: number; signal?: AbortSignal; afterBatch?: () => void } = {},
): Promise<NotificationMailReport> {
  const size = options.batchSize ?? notificationMailBatch;
  const report: NotificationMailReport = { batches: 0, sent: 0, held: 0, skipped: 0 };
  for (const organizationId of await findOrganizationsWithPendingMail(ctx.db)) {
    for (;;) {
      if (options.signal?.aborted) return report;
      const pass = await ctx.db.transaction((trx) => bridgeBatch(ctx, trx, organizationId, size));
      if (pass.claimed === 0) break;
      report.batches += 1;
      report.sent += pass.sent;
      report.held += pass.held;
      report.skipped += pass.skipped;
      options.afterBatch?.();
      if (pass.claimed < size) break;
    }
  }
  return report;
}
