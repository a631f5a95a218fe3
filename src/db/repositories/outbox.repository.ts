import { type AnyColumn, and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { EmailCategory, OutboxStatus } from '../../../shared/schemas/email.ts';
import type { Database } from '../database.ts';
import { outboxMessages } from '../schema/index.ts';

/** A message as queued: rendered already, with the key that makes queueing it twice a no-op. */
export type NewOutboxMessage = {
  organizationId: string;
  recipientPersonId: string | null;
  recipientAddress: string;
  recipientName: string;
  kind: string;
  category: EmailCategory;
  idempotencyKey: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  outboxText: string;
  unsubscribeUrl: string | null;
  calendarMethod: 'REQUEST' | 'CANCEL' | null;
  calendarContent: string | null;
  messageId: string;
  status: Extract<OutboxStatus, 'pending' | 'not_sent'>;
  createdAt: Date;
  nextAttemptAt: Date;
};

/** A message claimed for delivery. */
export type ClaimedOutboxMessage = Omit<NewOutboxMessage, 'status' | 'createdAt' | 'nextAttemptAt' | 'outboxText'> & {
  id: string;
  attempts: number;
};

/** Rows per insert statement: 20 parameters a row stays well under PostgreSQL's 65,535. */
const insertSlice = 1000;

/**
 * Writes messages in the caller's transaction, a statement per thousand; a message whose
 * idempotency key the organization already has is skipped. Returns the keys written.
 *
 * @example const written = await insertOutboxMessages(trx, [message]);
 */
export async function insertOutboxMessages(
  db: Database,
  messages: NewOutboxMessage[],
): Promise<{ organizationId: string; idempotencyKey: string }[]> {
  const written: { organizationId: string; idempotencyKey: string }[] = [];
  for (let start = 0; start < messages.length; start += insertSlice) {
    const rows = await db
      .insert(outboxMessages)
      .values(messages.slice(start, start + insertSlice))
      .onConflictDoNothing({ target: [outboxMessages.organizationId, outboxMessages.idempotencyKey] })
      .returning({ organizationId: outboxMessages.organizationId, idempotencyKey: outboxMessages.idempotencyKey });
    written.push(...rows);
  }
  return written;
}

/**
 * Claims up to `limit` messages due for delivery (pending, failed and due for a retry, or
 * claimed by a pass whose lease ran out: its process died), oldest due first, skipping rows
 * another pass holds (FOR UPDATE SKIP LOCKED). Each is marked `sending`, counts an attempt, and
 * is leased until `leaseUntil`.
 */
export async function claimDueOutboxMessages(
  db: Database,
  options: { now: Date; limit: number; leaseUntil: Date },
): Promise<ClaimedOutboxMessage[]> {
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(inArray(outboxMessages.status, ['pending', 'sending', 'failed']), lte(outboxMessages.nextAttemptAt, options.now)))
    .orderBy(asc(outboxMessages.nextAttemptAt))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  return db
    .update(outboxMessages)
    .set({ status: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, nextAttemptAt: options.leaseUntil })
    .where(inArray(outboxMessages.id, due))
    .returning({
      id: outboxMessages.id,
      organizationId: outboxMessages.organizationId,
      recipientPersonId: outboxMessages.recipientPersonId,
      recipientAddress: outboxMessages.recipientAddress,
      recipientName: outboxMessages.recipientName,
      kind: outboxMessages.kind,
      category: outboxMessages.category,
      idempotencyKey: outboxMessages.idempotencyKey,
      subject: outboxMessages.subject,
      textBody: outboxMessages.textBody,
      htmlBody: outboxMessages.htmlBody,
      unsubscribeUrl: outboxMessages.unsubscribeUrl,
      calendarMethod: outboxMessages.calendarMethod,
      calendarContent: outboxMessages.calendarContent,
      messageId: outboxMessages.messageId,
      attempts: outboxMessages.attempts,
    });
}

/** Marks a claimed message sent (only while it is still this pass's: status sending). */
export async function markOutboxMessageSent(db: Database, id: string, sentAt: Date): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ status: 'sent', sentAt, lastError: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/** Records a failed attempt: `failed` to be tried again at `retryAt`, or `dead` when retryAt is null. */
export async function markOutboxMessageFailed(db: Database, id: string, outcome: { error: string; retryAt: Date | null }): Promise<void> {
  await db
    .update(outboxMessages)
    .set(
      outcome.retryAt
        ? { status: 'failed', lastError: outcome.error, nextAttemptAt: outcome.retryAt }
        : { status: 'dead', lastError: outcome.error },
    )
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/** Gives claimed messages back, due now, their attempt not counted (a pass that ran short of its lease). */
export async function releaseOutboxMessages(db: Database, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outboxMessages)
    .set({ status: 'pending', attempts: sql`${outboxMessages.attempts} - 1`, nextAttemptAt: now })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, 'sending')));
}

/** Keeps claimed messages as not sent: no mail server is configured. */
export async function markOutboxMessagesNotSent(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outboxMessages)
    .set({ status: 'not_sent', attempts: sql`${outboxMessages.attempts} - 1` })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, 'sending')));
}

/**
 * Erasure of a person from the outbox: the messages addressed to them are deleted (address,
 * name and text), and their name is replaced in the others' subjects and texts (`htmlName` is
 * the name as the HTML part escaped it). Returns how many messages were deleted and rewritten.
 *
 * @example await eraseOutboxOf(trx, orgId, personId, { name: 'Ana', htmlName: 'Ana', replacement: 'A former participant' });
 */
export async function eraseOutboxOf(
  db: Database,
  organizationId: string,
  personId: string,
  names: { name: string; htmlName: string; replacement: string },
): Promise<{ outboxMessagesDeleted: number; outboxMessagesRewritten: number }> {
  const deleted = await db
    .delete(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, organizationId), eq(outboxMessages.recipientPersonId, personId)))
    .returning({ id: outboxMessages.id });
  const { name, htmlName, replacement } = names;
  // The name as a whole word only ("Ana" leaves "Banana" alone); the replacement has no backslash.
  const wholeWord = (text: string) => `(^|[^[:alnum:]_])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[^[:alnum:]_]|$)`;
  const swap = (column: AnyColumn, text: string) =>
    sql`regexp_replace(${column}, ${wholeWord(text)}, ${`\\1${replacement.replaceAll('\\', '')}`}, 'g')`;
  const rewritten = await db
    .update(outboxMessages)
    .set({
      subject: swap(outboxMessages.subject, name),
      textBody: swap(outboxMessages.textBody, name),
      outboxText: swap(outboxMessages.outboxText, name),
      htmlBody: swap(outboxMessages.htmlBody, htmlName),
    })
    .where(and(eq(outboxMessages.organizationId, organizationId), sql`strpos(${outboxMessages.textBody}, ${name}) > 0`))
    .returning({ id: outboxMessages.id });
  return { outboxMessagesDeleted: deleted.length, outboxMessagesRewritten: rewritten.length };
}
