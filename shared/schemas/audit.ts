import { z } from 'zod';
import { dateRanges } from '../limits.ts';
import { datedWithin, IdSchema, IsoDateSchema, TimestampSchema } from './common.ts';
import { pageSchema, PageQuerySchema } from './paging.ts';

/** Every action the audit log records, as stable snake_case codes. */
export const auditActions = [
  'organization_role_assigned',
  'program_role_granted',
  'program_role_withdrawn',
  'invitation_created',
  'password_reset_completed',
  'people_imported',
  'applications_exported',
  'relationship_overview_viewed',
  'relationship_viewed',
  'matching_run_started',
  'matching_run_cancelled',
  'matching_run_published',
  'manual_pairing_created',
  'personal_data_downloaded',
  'person_erased',
  'audit_log_exported',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** What an audit entry is about. */
export const auditTargetTypes = ['person', 'program', 'relationship', 'matching_run', 'invitation', 'enrolment', 'organization'] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

/** One entry of the audit log as the API sends it. */
export const AuditEntrySchema = z.object({
  id: IdSchema,
  action: z.enum(auditActions),
  actor: z.object({ id: IdSchema, name: z.string() }).nullable(),
  targetType: z.enum(auditTargetTypes),
  targetId: IdSchema.nullable(),
  detail: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  occurredAt: TimestampSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** A day of the audit log's history to filter on. */
const AuditDaySchema = datedWithin(IsoDateSchema, dateRanges.history);

/** Filters of the audit log; `from` and `to` are inclusive calendar days (UTC). */
export const AuditFilterSchema = z.object({
  action: z.enum(auditActions).optional(),
  actorId: IdSchema.optional(),
  targetId: IdSchema.optional(),
  from: AuditDaySchema.optional(),
  to: AuditDaySchema.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** The filters plus a page (the paging convention: limit and cursor), newest first. */
export const AuditQuerySchema = AuditFilterSchema.extend(PageQuerySchema.shape);
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = pageSchema(AuditEntrySchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;
