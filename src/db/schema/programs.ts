import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { MentoringApproach, ProgramStatus, ProgramType } from '../../../shared/enums.ts';
import type { DesignChecklist } from '../../../shared/schemas/programs.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';

/** A mentoring program designed and run by coordinators. */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    type: text('type').$type<ProgramType>().notNull(),
    status: text('status').$type<ProgramStatus>().notNull().default('draft'),
    purpose: text('purpose').notNull().default(''),
    organizationalGoals: text('organizational_goals').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    designChecklist: jsonb('design_checklist').$type<DesignChecklist>().notNull(),
    intendedApproach: text('intended_approach').$type<MentoringApproach>(),
    menteeLimit: integer('mentee_limit'),
    selectionCriteria: text('selection_criteria').array().notNull().default(sql`'{}'::text[]`),
    intakeFormVersion: integer('intake_form_version'),
    /** The coordinator's matching rules (shared/schemas/matching-rules.ts); defaults when null. */
    matchingRules: jsonb('matching_rules').$type<Record<string, unknown>>(),
    /** The coordinator's mentoring-agreement template (shared/schemas/agreements.ts); defaults when null. */
    agreementTemplate: jsonb('agreement_template').$type<Record<string, unknown>>(),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('programs_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({
      name: 'programs_created_by_fk',
      columns: [table.organizationId, table.createdById],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('programs_organization_idx').on(table.organizationId),
    // GET /programs pages by name (issue 22).
    index('programs_organization_name_idx').on(table.organizationId, sql`lower(${table.name})`, table.id),
    check('programs_type_check', sql`${table.type} in ('one_to_one', 'group', 'self_directed')`),
    check('programs_status_check', sql`${table.status} in ('draft', 'active', 'closed')`),
    check('programs_dates_check', sql`${table.endsOn} is null or ${table.startsOn} is null or ${table.endsOn} >= ${table.startsOn}`),
  ],
);
