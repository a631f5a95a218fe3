import { and, count, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { AuditAction, AuditTargetType } from '../../../shared/schemas/audit.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { auditEntries, people } from '../schema/index.ts';

/** What is written for one audited action. */
export type NewAuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  detail: Record<string, unknown>;
  requestId: string | null;
  ipAddress: string | null;
};

/** A stored entry with the actor's current display name. */
export type AuditEntryRecord = NewAuditEntry & { id: string; actorName: string | null; occurredAt: Date };

/** Which entries to list; `until` is exclusive. */
export type AuditEntryFilter = { action?: AuditAction; actorId?: string; targetId?: string; since?: Date; until?: Date };

/**
 * Appends one entry. The table offers nothing else: a trigger refuses UPDATE and DELETE.
 *
 * @example await insertAuditEntry(trx, organizationId, { actorId, action: 'person_erased', ... })
 */
export async function insertAuditEntry(db: Database, organizationId: string, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditEntries).values({ ...entry, organizationId });
}

function conditionsOf(organizationId: string, filter: AuditEntryFilter): SQL | undefined {
  return and(
    eq(auditEntries.organizationId, organizationId),
    filter.action ? eq(auditEntries.action, filter.action) : undefined,
    filter.actorId ? eq(auditEntries.actorId, filter.actorId) : undefined,
    filter.targetId ? eq(auditEntries.targetId, filter.targetId) : undefined,
    filter.since ? gte(auditEntries.occurredAt, filter.since) : undefined,
    filter.until ? lt(auditEntries.occurredAt, filter.until) : undefined,
  );
}

/** Newest first: the sequence the log was written in (index audit_entries_sequence_idx). */
const newestFirst = keyset('newest', [{ by: auditEntries.sequence, direction: 'desc' }]);

/**
 * One page of the organization's entries, newest first, with the actor's current name.
 *
 * @example const page = await listAuditEntries(db, orgId, { action: 'person_erased' }, { limit: 50 });
 */
export async function listAuditEntries(
  db: Database,
  organizationId: string,
  filter: AuditEntryFilter,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<AuditEntryRecord>> {
  const page = keysetQuery(newestFirst, query);
  const rows = await db
    .select({
      id: auditEntries.id,
      actorId: auditEntries.actorId,
      actorName: people.displayName,
      action: auditEntries.action,
      targetType: auditEntries.targetType,
      targetId: auditEntries.targetId,
      detail: auditEntries.detail,
      requestId: auditEntries.requestId,
      ipAddress: auditEntries.ipAddress,
      occurredAt: auditEntries.occurredAt,
      cursorKey: page.cursorKey,
    })
    .from(auditEntries)
    .leftJoin(people, and(eq(people.organizationId, auditEntries.organizationId), eq(people.id, auditEntries.actorId)))
    .where(and(conditionsOf(organizationId, filter), page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestFirst);
}

/** How many entries match (an export's own entry says how many it holds). */
export async function countAuditEntries(db: Database, organizationId: string, filter: AuditEntryFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEntries).where(conditionsOf(organizationId, filter));
  return row?.n ?? 0;
}
