import type { AuditFilter } from '../../../shared/schemas/audit.ts';
import { countAuditEntries, listAuditEntries } from '../../db/repositories/audit-log.repository.ts';
import type { CsvRow } from '../../domain/csv-table.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { entryFilterOf, recordAudit, requireAuditReader } from './audit-log.service.ts';

/** Entries read and written per batch of the export. */
export const auditExportBatch = 1000;

const header = ['occurred_at', 'action', 'actor_id', 'actor_name', 'target_type', 'target_id', 'detail', 'request_id', 'ip_address'];

async function* exportBatches(ctx: ServiceContext, actor: Actor, filter: AuditFilter, batch: number): AsyncGenerator<CsvRow[]> {
  yield [header];
  let cursor: string | undefined;
  do {
    const page = await listAuditEntries(ctx.db, actor.organizationId, entryFilterOf(filter), { limit: batch, cursor });
    yield page.items.map((e) => [
      e.occurredAt.toISOString(),
      e.action,
      e.actorId ?? '',
      e.actorName ?? '',
      e.targetType,
      e.targetId ?? '',
      JSON.stringify(e.detail),
      e.requestId ?? '',
      e.ipAddress ?? '',
    ]);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/**
 * The filtered audit log as CSV lines, newest first, a batch at a time (to stream, however long
 * the log), for org admins. The export is itself audited, with how many entries it holds, before
 * the first line is read: no audit entry, no export. Entries written while it streams come after
 * it began, so they are not in it (newest first, from the top as it was).
 *
 * @example return streamCsv(c, 'audit-log.csv', await exportAuditLog(ctx, admin, { action: 'applications_exported' }));
 */
export async function exportAuditLog(
  ctx: ServiceContext,
  actor: Actor,
  filter: AuditFilter,
  batch = auditExportBatch,
): Promise<AsyncIterable<CsvRow[]>> {
  requireAuditReader(actor);
  const entries = await countAuditEntries(ctx.db, actor.organizationId, entryFilterOf(filter));
  await recordAudit(ctx.db, actor, 'audit_log_exported', { type: 'organization', id: actor.organizationId }, { filter, entries });
  return exportBatches(ctx, actor, filter, batch);
}
