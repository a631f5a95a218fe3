import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { EnrolmentStatus, ProgramRole } from '../../../shared/enums.ts';
import { people } from './people.ts';
import { programs } from './programs.ts';

/**
 * A person's role in a program. Composite foreign keys on (organization_id, …) make it
 * impossible to enrol a person of one organization into another organization's program.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').$type<ProgramRole>().notNull(),
    status: text('status').$type<EnrolmentStatus>().notNull().default('active'),
    /** For mentees: how many mentors they want from this program (their demand in matching, 1-3). */
    mentorsWanted: integer('mentors_wanted').notNull().default(1),
    enrolledById: uuid('enrolled_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('enrolments_program_person_role_unique').on(table.programId, table.personId, table.role),
    foreignKey({
      name: 'enrolments_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'enrolments_person_fk',
      columns: [table.organizationId, table.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('enrolments_person_idx').on(table.organizationId, table.personId),
    // A program's active enrolments by role (matching cohorts, applications); the counts on
    // program cards are kept in program_enrolment_counts instead.
    index('enrolments_program_counts_idx').on(table.organizationId, table.programId, table.status, table.role),
    check('enrolments_role_check', sql`${table.role} in ('coordinator', 'mentor', 'mentee', 'supervisor')`),
    check('enrolments_status_check', sql`${table.status} in ('active', 'withdrawn')`),
    check('enrolments_mentors_wanted_check', sql`${table.mentorsWanted} between 1 and 3`),
  ],
);

/**
 * Active enrolments per program and role, kept by statement triggers on `enrolments` (migrations 0010, 0017) in
 * the same transaction as every change, so a program card reads three numbers instead of
 * counting the program. Derived: backups leave it out and restores rebuild it.
 */
export const programEnrolmentCounts = pgTable(
  'program_enrolment_counts',
  {
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    role: text('role').$type<ProgramRole>().notNull(),
    active: integer('active').notNull(),
  },
  (table) => [
    primaryKey({ name: 'program_enrolment_counts_pk', columns: [table.organizationId, table.programId, table.role] }),
    foreignKey({
      name: 'program_enrolment_counts_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }).onDelete('cascade'),
    check('program_enrolment_counts_active_check', sql`${table.active} >= 0`),
  ],
);
