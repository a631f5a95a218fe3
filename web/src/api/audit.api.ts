import { AuditPageSchema, type AuditFilter, type AuditPage } from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

/** The audit log's pages for the given filters. */
export function auditQueryKey(filter: AuditFilter) {
  return ['audit-log', filter] as const;
}

function filterParams(filter: AuditFilter): Record<string, string | undefined> {
  return { action: filter.action, actorId: filter.actorId, targetId: filter.targetId, from: filter.from, to: filter.to };
}

/** One page of the organization's audit log, newest first (org admins). */
export function fetchAuditLog(filter: AuditFilter, cursor?: string): Promise<AuditPage> {
  return requestJson(`/audit-log${toQueryString({ ...filterParams(filter), cursor })}`, AuditPageSchema);
}

/** Where the browser downloads the filtered log as CSV. */
export function auditExportUrl(filter: AuditFilter): string {
  return `/api/v1/audit-log/export.csv${toQueryString(filterParams(filter))}`;
}

/** Where the browser downloads the signed-in person's own data as JSON. */
export const personalDataExportUrl = '/api/v1/me/data-export';
