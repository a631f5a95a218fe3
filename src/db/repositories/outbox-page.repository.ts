import { and, eq, ilike, or } from 'drizzle-orm';
import type { OutboxStatus } from '../../../shared/schemas/email.ts';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { outboxMessages } from '../schema/index.ts';

/** A message as the Outbox lists it (no bodies: those are read one at a time). */
export type OutboxListRecord = {
  id: string;
  recipientPersonId: string | null;
  recipientName: string;
  recipientAddress: string;
  kind: string;
  category: (typeof outboxMessages.$inferSelect)['category'];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  messageId: string;
  hasCalendar: boolean;
};

const listColumns = {
  id: outboxMessages.id,
  recipientPersonId: outboxMessages.recipientPersonId,
  recipientName: outboxMessages.recipientName,
  recipientAddress: outboxMessages.recipientAddress,
  kind: outboxMessages.kind,
  category: outboxMessages.category,
  subject: outboxMessages.subject,
  status: outboxMessages.status,
  attempts: outboxMessages.attempts,
  lastError: outboxMessages.lastError,
  createdAt: outboxMessages.createdAt,
  sentAt: outboxMessages.sentAt,
  messageId: outboxMessages.messageId,
  calendarMethod: outboxMessages.calendarMethod,
};

/** Newest first (outbox_messages_created_idx, or outbox_messages_status_idx with a status). */
const newestFirst = keyset('newest', [
  { by: outboxMessages.createdAt, direction: 'desc' },
  { by: outboxMessages.id, direction: 'desc' },
]);

function toRecord({ calendarMethod, ...row }: { calendarMethod: string | null } & Omit<OutboxListRecord, 'hasCalendar'>): OutboxListRecord {
  return { ...row, hasCalendar: calendarMethod !== null };
}

/**
 * One page of an organization's outbox, newest first, by status, searched by the recipient's
 * name or address.
 *
 * @example const page = await pageOutboxMessages(db, orgId, { status: 'dead', limit: 50 });
 */
export async function pageOutboxMessages(
  db: Database,
  organizationId: string,
  query: Pick<PageQuery, 'limit' | 'cursor'> & { status?: OutboxStatus | undefined; q?: string | undefined },
): Promise<Page<OutboxListRecord>> {
  const page = keysetQuery(newestFirst, query);
  const rows = await db
    .select({ ...listColumns, cursorKey: page.cursorKey })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.organizationId, organizationId),
        query.status ? eq(outboxMessages.status, query.status) : undefined,
        query.q
          ? or(
              ilike(outboxMessages.recipientName, containsPattern(query.q)),
              ilike(outboxMessages.recipientAddress, containsPattern(query.q)),
            )
          : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const { items, nextCursor } = pageFrom(rows, query, newestFirst);
  return { items: items.map(toRecord), nextCursor };
}

/**
 * One message of the organization's outbox with the copy of its text admins read (links and
 * confidential parts withheld), or undefined.
 *
 * @example const message = await findOutboxMessage(db, orgId, id);
 */
export async function findOutboxMessage(
  db: Database,
  organizationId: string,
  id: string,
): Promise<(OutboxListRecord & { text: string }) | undefined> {
  const [row] = await db
    // Never the text as sent: its links may carry tokens, and confidential parts are the recipient's.
    .select({ ...listColumns, text: outboxMessages.outboxText })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, organizationId), eq(outboxMessages.id, id)));
  if (!row) return undefined;
  const { text, ...rest } = row;
  return { ...toRecord(rest), text: text ?? '' };
}
