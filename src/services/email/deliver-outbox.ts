import type { SendMailOptions } from 'nodemailer';
import { limits } from '../../../shared/limits.ts';
import {
  type ClaimedOutboxMessage,
  claimDueOutboxMessages,
  markOutboxMessageFailed,
  markOutboxMessageSent,
  markOutboxMessagesNotSent,
  releaseOutboxMessages,
} from '../../db/repositories/outbox.repository.ts';
import { toOneLine } from '../../domain/email/email-layout.ts';
import type { ServiceContext } from '../context.ts';
import { emailConfigOf } from './email-config.ts';
import { mailTransportFor } from './smtp-transport.ts';

/** The job kind that delivers the outbox (registered in src/jobs/email-delivery.job.ts). */
export const emailDeliveryJob = 'email_delivery';

/** What one delivery pass did. */
export type DeliveryReport = { claimed: number; sent: number; failed: number; dead: number; notSent: number };

export type DeliveryOptions = {
  /** Messages claimed in this pass (at most limits.emailDeliveryBatchMax). */
  limit?: number;
  /** How long a claimed message is this pass's; past it (the process died) another pass takes it again. */
  leaseMs?: number;
  /** Messages sent at once (SMTP connections). */
  concurrency?: number;
};

const retryBaseMs = 30_000;
const retryMaxMs = 60 * 60_000;

/** When a message that failed its `attempts`-th time is tried again: 30 s, 1, 2, 4 … minutes, at most an hour; null: dead. */
export function nextRetryAt(now: Date, attempts: number, permanent: boolean): Date | null {
  if (permanent || attempts >= limits.emailAttemptsMax) return null;
  return new Date(now.getTime() + Math.min(retryBaseMs * 2 ** (attempts - 1), retryMaxMs));
}

function mailOf(message: ClaimedOutboxMessage, from: string): SendMailOptions {
  return {
    from,
    to: { name: message.recipientName, address: message.recipientAddress },
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    messageId: message.messageId,
    headers: message.unsubscribeUrl
      ? { 'List-Unsubscribe': `<${message.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {},
    ...(message.calendarMethod && message.calendarContent
      ? { icalEvent: { method: message.calendarMethod, content: message.calendarContent, filename: 'invitation.ics' } }
      : {}),
  };
}

/** A 5xx answer (no such mailbox, refused) will not change on retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * One delivery pass: claims due messages (FOR UPDATE SKIP LOCKED, leased, so several processes
 * share the work and none sends a message another holds), sends each through SMTP with its
 * stable Message-ID, and marks it sent at once; a failure is retried with backoff and is `dead`
 * after limits.emailAttemptsMax attempts (or at once on a permanent 5xx). With no mail server
 * configured, the claimed messages are kept as `not_sent`.
 *
 * @example const report = await deliverOutbox(ctx, { limit: 100 });
 */
export async function deliverOutbox(ctx: ServiceContext, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const config = emailConfigOf(ctx);
  const now = ctx.now();
  const limit = Math.min(Math.max(options.limit ?? 100, 1), limits.emailDeliveryBatchMax);
  const leaseMs = options.leaseMs ?? 120_000;
  const claimed = await claimDueOutboxMessages(ctx.db, { now, limit, leaseUntil: new Date(now.getTime() + leaseMs) });
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, failed: 0, dead: 0, notSent: 0 };
  if (claimed.length === 0) return report;
  if (!config.smtpUrl) {
    await markOutboxMessagesNotSent(
      ctx.db,
      claimed.map((message) => message.id),
    );
    return { ...report, notSent: claimed.length };
  }
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const transport = mailTransportFor(config.smtpUrl, concurrency);
  const waiting = claimed.slice();
  // A slow server must not let the lease run out while messages wait (another pass would take
  // and send them too): past half the lease, what has not started is given back.
  const startedAt = performance.now();
  const leaseHalfGone = () => performance.now() - startedAt > leaseMs / 2;
  const sendNext = async (): Promise<void> => {
    while (!leaseHalfGone()) {
      const message = waiting.shift();
      if (!message) return;
      try {
        await transport.sendMail(mailOf(message, config.from));
        await markOutboxMessageSent(ctx.db, message.id, ctx.now());
        report.sent += 1;
      } catch (error) {
        const retryAt = nextRetryAt(ctx.now(), message.attempts, isPermanent(error));
        const reason = toOneLine(error instanceof Error ? error.message : String(error), limits.emailErrorMax);
        await markOutboxMessageFailed(ctx.db, message.id, { error: reason, retryAt });
        if (retryAt) report.failed += 1;
        else report.dead += 1;
        ctx.logger.warn(
          { messageId: message.id, kind: message.kind, attempts: message.attempts, dead: !retryAt, error: reason },
          'email delivery failed',
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, sendNext));
  await releaseOutboxMessages(
    ctx.db,
    waiting.map((message) => message.id),
    ctx.now(),
  );
  return report;
}
