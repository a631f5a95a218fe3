import { foreignKey, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { StandardProfileQuestion } from '../../../shared/enums.ts';
import type { CustomQuestion } from '../../../shared/schemas/intake-forms.ts';
import { programs } from './programs.ts';

/** Versions of a program's intake form. Rows are never changed: an edit adds a version. */
export const intakeForms = pgTable(
  'intake_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    version: integer('version').notNull(),
    standardQuestions: text('standard_questions').array().$type<StandardProfileQuestion[]>().notNull(),
    customQuestions: jsonb('custom_questions').$type<CustomQuestion[]>().notNull(),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('intake_forms_program_version_unique').on(table.programId, table.version),
    unique('intake_forms_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({
      name: 'intake_forms_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
  ],
);
