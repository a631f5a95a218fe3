import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ApplicationRole, ApplicationStatus, MentoringApproach } from '../../../shared/enums.ts';
import type { Answers } from '../../../shared/schemas/intake-forms.ts';
import { intakeForms } from './intake-forms.ts';
import { people } from './people.ts';
import { programs } from './programs.ts';

/** A person's application to a program as mentor or mentee. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').$type<ApplicationRole>().notNull(),
    status: text('status').$type<ApplicationStatus>().notNull(),
    intakeFormId: uuid('intake_form_id'),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    selectionChecklist: jsonb('selection_checklist').$type<Record<string, boolean>>().notNull().default({}),
    invitedById: uuid('invited_by_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('applications_program_person_role_unique').on(table.programId, table.personId, table.role),
    unique('applications_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({
      name: 'applications_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'applications_person_fk',
      columns: [table.organizationId, table.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'applications_form_fk',
      columns: [table.organizationId, table.intakeFormId],
      foreignColumns: [intakeForms.organizationId, intakeForms.id],
    }),
    index('applications_program_status_idx').on(table.organizationId, table.programId, table.status),
    // A program's applications, and a person's own, paged newest first.
    index('applications_program_created_idx').on(table.organizationId, table.programId, table.createdAt, table.id),
    index('applications_person_created_idx').on(table.organizationId, table.personId, table.createdAt, table.id),
    check('applications_role_check', sql`${table.role} in ('mentor', 'mentee')`),
    check(
      'applications_status_check',
      sql`${table.status} in ('draft', 'submitted', 'interview', 'accepted', 'waitlisted', 'declined', 'withdrawn')`,
    ),
  ],
);

/** Every status change of an application: who, when, why. Append-only. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    fromStatus: text('from_status').$type<ApplicationStatus>(),
    toStatus: text('to_status').$type<ApplicationStatus>().notNull(),
    changedById: uuid('changed_by_id').notNull(),
    reason: text('reason').notNull().default(''),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      name: 'application_events_application_fk',
      columns: [table.organizationId, table.applicationId],
      foreignColumns: [applications.organizationId, applications.id],
    }),
    index('application_events_application_idx').on(table.applicationId, table.changedAt),
  ],
);

/** Intake interviews: notes and ratings for the program's coordinators only. */
export const intakeInterviews = pgTable(
  'intake_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    interviewerId: uuid('interviewer_id').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    notes: text('notes').notNull().default(''),
    motivation: integer('motivation'),
    goalClarity: integer('goal_clarity'),
    expectations: integer('expectations'),
    opennessToFeedback: integer('openness_to_feedback'),
    observedApproach: text('observed_approach').$type<MentoringApproach>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      name: 'intake_interviews_application_fk',
      columns: [table.organizationId, table.applicationId],
      foreignColumns: [applications.organizationId, applications.id],
    }),
    foreignKey({
      name: 'intake_interviews_interviewer_fk',
      columns: [table.organizationId, table.interviewerId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('intake_interviews_application_idx').on(table.applicationId),
  ],
);
