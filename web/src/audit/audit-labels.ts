import type { AuditAction } from '../../../shared/schemas/audit.ts';

/** Each audited action in plain words, for the filter and the table. */
export const auditActionLabels: Record<AuditAction, string> = {
  organization_role_assigned: 'Organization role assigned',
  program_role_granted: 'Program role granted',
  program_role_withdrawn: 'Program role withdrawn',
  invitation_created: 'Invitation sent',
  password_reset_completed: 'Password reset by email',
  people_imported: 'People imported',
  applications_exported: 'Applications exported',
  relationship_overview_viewed: 'Relationship overview viewed',
  relationship_viewed: 'Relationship viewed by a coordinator',
  matching_run_started: 'Matching run started',
  matching_run_cancelled: 'Matching run cancelled',
  matching_run_published: 'Matching run published',
  manual_pairing_created: 'Manual pairing',
  personal_data_downloaded: 'Personal data downloaded',
  person_erased: 'Person erased',
  audit_log_exported: 'Audit log exported',
};
