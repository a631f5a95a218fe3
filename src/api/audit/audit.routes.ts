import { createRoute, z } from '@hono/zod-openapi';
import { AuditFilterSchema, AuditPageSchema, AuditQuerySchema, type AuditEntry } from '../../../shared/schemas/audit.ts';
import { exportAuditLog } from '../../services/audit/audit-log-export.service.ts';
import { listAuditLog, type AuditEntryRecord } from '../../services/audit/audit-log.service.ts';
import { streamCsv } from '../csv/csv-response.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/audit-log',
  tags: ['Audit'],
  security: sessionSecurity,
  summary: 'The organization’s audit log of sensitive actions, newest first (org admins)',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonResponse(AuditPageSchema.meta({ id: 'AuditPage' }), 'One page of entries'), ...errorResponses(401, 403, 422) },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/audit-log/export.csv',
  tags: ['Audit'],
  security: sessionSecurity,
  summary: 'The filtered audit log as CSV, newest first, streamed (org admins); the export is itself audited',
  request: { query: AuditFilterSchema },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file' }, ...errorResponses(401, 403, 422) },
});

function presentEntry(entry: AuditEntryRecord): AuditEntry {
  return {
    id: entry.id,
    action: entry.action,
    actor: entry.actorId ? { id: entry.actorId, name: entry.actorName ?? '' } : null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    detail: entry.detail,
    requestId: entry.requestId,
    ipAddress: entry.ipAddress,
    occurredAt: entry.occurredAt.toISOString(),
  };
}

/** GET /audit-log and its CSV export, for org admins. */
export function auditRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listAuditLog(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentEntry), nextCursor: page.nextCursor }, 200);
    })
    .openapi(exportRoute, async (c) => {
      return streamCsv(c, 'audit-log.csv', await exportAuditLog(c.var.ctx, requireActor(c), c.req.valid('query')));
    });
}
