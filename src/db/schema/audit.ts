import { bigint, foreignKey, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditAction, AuditTargetType } from '../../../shared/schemas/audit.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';

/**
 * The audit log: one row per sensitive action (role changes, exports, coordinator views of a
 * relationship, matching runs, deletions). Append-only: a trigger in the migration refuses
 * UPDATE and DELETE. `detail` holds identifiers and counts, never confidential content.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order, so entries of one transaction (same time) still list in order. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Null for actions of the system itself (scheduled jobs, the command line). */
    actorId: uuid('actor_id'),
    /** A stable snake_case code, e.g. `applications_exported`. */
    action: text('action').$type<AuditAction>().notNull(),
    targetType: text('target_type').$type<AuditTargetType>().notNull(),
    targetId: uuid('target_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
    ipAddress: text('ip_address'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'audit_entries_actor_fk',
      columns: [t.organizationId, t.actorId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('audit_entries_sequence_idx').on(t.organizationId, t.sequence),
    index('audit_entries_action_idx').on(t.organizationId, t.action, t.occurredAt),
    index('audit_entries_actor_idx').on(t.organizationId, t.actorId, t.occurredAt),
    index('audit_entries_target_idx').on(t.organizationId, t.targetId),
  ],
);
