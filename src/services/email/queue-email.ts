import { createHash } from 'node:crypto';
import { limits } from '../../../shared/limits.ts';
import { type EmailCategory, isUnsubscribableCategory } from '../../../shared/schemas/email.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../../db/repositories/outbox.repository.ts';
import type { Database } from '../../db/database.ts';
import { type EmailContent, productLink, renderEmail, toOneLine } from '../../domain/email/email-layout.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { emailDeliveryJob } from './deliver-outbox.ts';
import { emailConfigOf } from './email-config.ts';
import { findUnsubscribedAmong } from './unsubscribes.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

/** One email to queue: whom, what kind, the event's key, and the content the layout writes out. */
export type EmailToQueue = {
  organizationId: string;
  /** `personId` null: an address with no person yet (an invitation); such mail has no unsubscribe link. */
  recipient: { personId: string | null; address: string; name: string };
  /** The message kind, e.g. `mentor_request_received` (shown on the Outbox page). */
  kind: string;
  category: EmailCategory;
  /** Names the event and the recipient (`mentor_request_received:<requestId>:<personId>`): the same key is queued once. */
  idempotencyKey: string;
  content: Omit<EmailContent, 'recipientName'>;
  /** An iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL), sent as text/calendar. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
};

/** What became of each message: written, already queued for that key, or not sent (the person unsubscribed). */
export type QueueOutcome = 'queued' | 'duplicate' | 'unsubscribed';

const addressPattern = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

function checkBounds(email: EmailToQueue): void {
  const problems = [
    email.idempotencyKey.length === 0 || email.idempotencyKey.length > 300 ? 'idempotencyKey' : null,
    !/^[a-z][a-z0-9_]{0,59}$/.test(email.kind) ? 'kind' : null,
    !addressPattern.test(email.recipient.address) || email.recipient.address.length > limits.emailMax ? 'recipient.address' : null,
    email.calendar && email.calendar.content.length > limits.emailCalendarMax ? 'calendar' : null,
  ].filter((p) => p !== null);
  // A message kind built wrong is a programming error, not a person's input.
  if (problems.length > 0) throw new Error(`Cannot queue email ${email.kind}: bad ${problems.join(', ')}`);
}

/**
 * The Message-ID of an event's message: derived from the organization and the idempotency key,
 * so a message sent again after a crash is the same message to every mail client.
 */
export function messageIdOf(organizationId: string, idempotencyKey: string, publicUrl: string): string {
  const hash = createHash('sha256').update(`${organizationId}\n${idempotencyKey}`).digest('hex').slice(0, 40);
  return `<${hash}@${new URL(publicUrl).hostname}>`;
}

function outboxRowOf(ctx: ServiceContext, email: EmailToQueue, now: Date): NewOutboxMessage {
  const config = emailConfigOf(ctx);
  const { personId } = email.recipient;
  const unsubscribable = personId !== null && isUnsubscribableCategory(email.category);
  const token = unsubscribable
    ? signUnsubscribeToken(ctx.secret, { organizationId: email.organizationId, personId, category: email.category })
    : null;
  const rendered = renderEmail(
    { ...email.content, recipientName: email.recipient.name },
    { publicUrl: config.publicUrl, unsubscribeUrl: token ? productLink(config.publicUrl, `/unsubscribe/${token}`) : undefined },
  );
  if (rendered.text.length > limits.emailBodyMax || rendered.html.length > limits.emailBodyMax) {
    throw new Error(`Cannot queue email ${email.kind}: longer than ${limits.emailBodyMax} characters`);
  }
  return {
    organizationId: email.organizationId,
    recipientPersonId: personId,
    recipientAddress: email.recipient.address,
    recipientName: toOneLine(email.recipient.name, limits.nameMax),
    kind: email.kind,
    category: email.category,
    idempotencyKey: email.idempotencyKey,
    ...{ subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html, outboxText: rendered.outboxText },
    // RFC 8058: the one-click POST goes to the API; the footer's link opens the page that explains it.
    unsubscribeUrl: token ? productLink(config.publicUrl, `/api/v1/unsubscribe/${token}`) : null,
    calendarMethod: email.calendar?.method ?? null,
    calendarContent: email.calendar?.content ?? null,
    messageId: messageIdOf(email.organizationId, email.idempotencyKey, config.publicUrl),
    // With no mail server the message is kept, to be shown on the Outbox page, and never sent.
    status: config.smtpUrl ? 'pending' : 'not_sent',
    createdAt: now,
    nextAttemptAt: now,
  };
}

/**
 * Queues emails in the caller's transaction `trx` (a rolled-back change sends nothing), in
 * one statement for the batch plus one read of unsubscribes per category. A key the
 * organization already queued is a no-op; a person who unsubscribed from the category gets
 * nothing. Delivery happens after commit (deliverOutbox).
 *
 * @example const outcomes = await queueEmails(ctx, trx, introductions);
 */
export async function queueEmails(ctx: ServiceContext, trx: Database, emails: EmailToQueue[]): Promise<QueueOutcome[]> {
  for (const email of emails) checkBounds(email);
  const unsubscribed = await findUnsubscribedAmong(trx, emails);
  const now = ctx.now();
  const keep = emails.filter((email) => !unsubscribed(email));
  const written = await insertOutboxMessages(
    trx,
    keep.map((email) => outboxRowOf(ctx, email, now)),
  );
  // Wake a delivery runner once the transaction commits (nothing to wake without a mail server).
  if (written.length > 0 && emailConfigOf(ctx).smtpUrl) await enqueueJob(trx, { name: emailDeliveryJob }, now);
  const writtenKeys = new Set(written.map((row) => `${row.organizationId}\n${row.idempotencyKey}`));
  return emails.map((email) => {
    if (unsubscribed(email)) return 'unsubscribed';
    return writtenKeys.delete(`${email.organizationId}\n${email.idempotencyKey}`) ? 'queued' : 'duplicate';
  });
}

/**
 * Queues one email in the caller's transaction (see queueEmails).
 *
 * @example await queueEmail(ctx, trx, { organizationId, recipient, kind: 'meeting_proposed', category: 'meetings', idempotencyKey, content });
 */
export async function queueEmail(ctx: ServiceContext, trx: Database, email: EmailToQueue): Promise<QueueOutcome> {
  const [outcome] = await queueEmails(ctx, trx, [email]);
  return outcome ?? 'duplicate';
}
