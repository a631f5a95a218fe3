import {
  insertAuditEntry,
  listAuditEntries,
  type AuditEntryFilter,
  type AuditEntryRecord,
} from '../../db/repositories/audit-log.repository.ts';

export type { AuditEntryRecord };
import type { Database } from '../../db/database.ts';
import { forbidden } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { AuditAction, AuditFilter, AuditQuery, AuditTargetType } from '../../../shared/schemas/audit.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { ServiceContext } from '../context.ts';
import { currentRequestOrigin } from './request-origin.ts';

/** What an audited action was done to. */
export type AuditTarget = { type: AuditTargetType; id: string | null };

/** The actor of an audited action: a person, or the system (null) for jobs and the command line. */
export type AuditActor = { personId: string | null; organizationId: string };

/**
 * Appends one entry to the audit log, on `db` (pass the use case's transaction so the entry
 * commits or rolls back with the action). `detail` carries ids and counts, never confidential
 * content.
 *
 * @example await recordAudit(trx, actor, 'manual_pairing_created', { type: 'relationship', id }, { programId });
 */
export async function recordAudit(
  db: Database,
  actor: AuditActor,
  action: AuditAction,
  target: AuditTarget,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const { requestId, ipAddress } = currentRequestOrigin();
  await insertAuditEntry(db, actor.organizationId, {
    actorId: actor.personId,
    action,
    targetType: target.type,
    targetId: target.id,
    detail,
    requestId,
    ipAddress,
  });
}

/** Only org admins read the audit log. */
export function requireAuditReader(actor: Actor): void {
  if (actor.organizationRole !== 'admin') throw forbidden('not_an_admin', 'Only organization admins can read the audit log');
}

const dayMs = 24 * 60 * 60 * 1000;

/** The entries a filter names; `to` takes its whole day. */
export function entryFilterOf(filter: AuditFilter): AuditEntryFilter {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.from ? { since: new Date(`${filter.from}T00:00:00Z`) } : {}),
    ...(filter.to ? { until: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + dayMs) } : {}),
  };
}

/**
 * One page of the organization's audit log, newest first, for org admins.
 *
 * @example const { items, nextCursor } = await listAuditLog(ctx, admin, { action: 'person_erased', limit: 50 });
 */
export async function listAuditLog(ctx: ServiceContext, actor: Actor, query: AuditQuery): Promise<Page<AuditEntryRecord>> {
  requireAuditReader(actor);
  return listAuditEntries(ctx.db, actor.organizationId, entryFilterOf(query), query);
}
