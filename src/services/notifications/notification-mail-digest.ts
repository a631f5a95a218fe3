import type { Database } from '../../db/database.ts';
import {
  claimDigestNotifications,
  findMailChoices,
  findMailRecipients,
  findPeopleWithDigestMail,
  findQueuedMailKeys,
  type MailedNotification,
  type MailRecipient,
  markNotificationMail,
} from '../../db/repositories/notification-mail.repository.ts';
import { digestCategoryOf, digestEmailContent } from '../../domain/email/notification-emails.ts';
import { type DigestDue, digestDueAt, digestFateOf, mailZoneOf } from '../../domain/notifications/notification-mail-rules.ts';
import type { ServiceContext } from '../context.ts';
import { type EmailToQueue, queueEmails } from '../email/queue-email.ts';
import { recipientChoices } from './notification-mail.ts';

/** People per digest pass (one transaction): their waiting notifications are read together. */
export const digestPeopleBatch = 500;

/** What one digest run did: digests queued, notifications listed in them, and skipped (turned off since they were held). */
export type DigestReport = { digests: number; listed: number; skipped: number };

type DuePerson = { recipient: MailRecipient; due: DigestDue; key: string };

/** The people of one organization whose digest is due now (the 08:00 hour, local) and not yet queued today. */
async function findDuePeople(ctx: ServiceContext, trx: Database, organizationId: string, personIds: string[]): Promise<DuePerson[]> {
  const now = ctx.now();
  const candidates = [...(await findMailRecipients(trx, organizationId, personIds)).values()].flatMap((recipient) => {
    const due = digestDueAt(now, mailZoneOf(recipient.timeZone));
    return due ? [{ recipient, due, key: `digest:${recipient.id}:${due.localDate}` }] : [];
  });
  const queued = await findQueuedMailKeys(
    trx,
    organizationId,
    candidates.map((c) => c.key),
  );
  return candidates.filter((c) => !queued.has(c.key));
}

/** One organization's part of a pass: each due person's digest queued, its items marked, in the caller's transaction. */
async function digestOrganization(ctx: ServiceContext, trx: Database, organizationId: string, personIds: string[]): Promise<DigestReport> {
  const due = await findDuePeople(ctx, trx, organizationId, personIds);
  const waiting = await claimDigestNotifications(
    trx,
    organizationId,
    due.map((d) => d.recipient.id),
  );
  const stored = await findMailChoices(
    trx,
    organizationId,
    due.map((d) => d.recipient.id),
  );
  const byPerson = Map.groupBy(waiting, (n) => n.personId);
  const digests: { email: EmailToQueue; listed: MailedNotification[] }[] = [];
  const skipped: string[] = [];
  for (const { recipient, due: when, key } of due) {
    const choices = recipientChoices(recipient, stored.get(recipient.id));
    const items = byPerson.get(recipient.id) ?? [];
    const listed = items.filter((n) => digestFateOf(n.category, choices, when) === 'list');
    skipped.push(...items.filter((n) => digestFateOf(n.category, choices, when) === 'skip').map((n) => n.id));
    if (listed.length === 0) continue;
    const timeZone = mailZoneOf(recipient.timeZone);
    digests.push({
      listed,
      email: {
        organizationId,
        recipient: { personId: recipient.id, address: recipient.email, name: recipient.name },
        kind: 'notification_digest',
        category: digestCategoryOf(listed),
        idempotencyKey: key,
        content: digestEmailContent(listed, { timeZone, weekly: listed.some((n) => choices.modeOf(n.category) === 'weekly') }),
      },
    });
  }
  const outcomes = await queueEmails(
    ctx,
    trx,
    digests.map((d) => d.email),
  );
  // A digest already queued under today's key (a concurrent run) leaves its items for the next one.
  const listed = digests.flatMap((d, i) => (outcomes[i] === 'queued' ? d.listed.map((n) => n.id) : []));
  await markNotificationMail(
    trx,
    organizationId,
    [...listed.map((id) => ({ id, state: 'digested' as const })), ...skipped.map((id) => ({ id, state: 'skipped' as const }))],
    ctx.now(),
  );
  return { digests: outcomes.filter((o) => o === 'queued').length, listed: listed.length, skipped: skipped.length };
}

/**
 * Sends the digests that are due: for every person with notifications waiting whose local time is
 * in the 08:00 hour, one email listing what is new (daily items every day, weekly ones on Mondays),
 * keyed `digest:<personId>:<local date>` so a rerun never sends a second that day; nothing when
 * nothing is new. Pages through the waiting people `digestPeopleBatch` at a time, a transaction each.
 *
 * @example await sendNotificationDigests(ctx); // run hourly by the notification_digest job
 */
export async function sendNotificationDigests(ctx: ServiceContext, options: { signal?: AbortSignal } = {}): Promise<DigestReport> {
  const report: DigestReport = { digests: 0, listed: 0, skipped: 0 };
  let after: { organizationId: string; personId: string } | null = null;
  for (;;) {
    if (options.signal?.aborted) return report;
    const people = await findPeopleWithDigestMail(ctx.db, after, digestPeopleBatch);
    for (const [organizationId, rows] of Map.groupBy(people, (p) => p.organizationId)) {
      const pass = await ctx.db.transaction((trx) =>
        digestOrganization(
          ctx,
          trx,
          organizationId,
          rows.map((r) => r.personId),
        ),
      );
      report.digests += pass.digests;
      report.listed += pass.listed;
      report.skipped += pass.skipped;
    }
    after = people.at(-1) ?? null;
    if (people.length < digestPeopleBatch) return report;
  }
}
