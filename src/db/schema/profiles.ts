import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CareerOrientation, MeetingChannel, MentoringApproach, MentoringFunction } from '../../../shared/enums.ts';
import type { IdentityAttribute } from '../../../shared/schemas/profiles.ts';
import { people } from './people.ts';

/**
 * The mentoring side of a person's profile, organization-wide and reused across programs. The
 * HR side (department, title, seniority, location) lives on people.
 */
export const profiles = pgTable(
  'profiles',
  {
    organizationId: uuid('organization_id').notNull(),
    personId: uuid('person_id').notNull(),
    supervisorId: uuid('supervisor_id'),
    education: text('education'),
    profession: text('profession'),
    expertiseOffered: text('expertise_offered').array().notNull().default(sql`'{}'::text[]`),
    expertiseWanted: text('expertise_wanted').array().notNull().default(sql`'{}'::text[]`),
    functionsOffered: text('functions_offered').array().$type<MentoringFunction[]>().notNull().default(sql`'{}'::text[]`),
    functionsSought: text('functions_sought').array().$type<MentoringFunction[]>().notNull().default(sql`'{}'::text[]`),
    approach: text('approach').$type<MentoringApproach>(),
    approachStatements: jsonb('approach_statements').$type<Record<string, number>>().notNull().default({}),
    careerOrientation: text('career_orientation').$type<CareerOrientation>(),
    preferredChannels: text('preferred_channels').array().$type<MeetingChannel[]>().notNull().default(sql`'{}'::text[]`),
    availabilityHoursPerMonth: integer('availability_hours_per_month'),
    mentorCapacity: integer('mentor_capacity').notNull().default(2),
    mentoringPaused: boolean('mentoring_paused').notNull().default(false),
    interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
    background: text('background'),
    /** Self-described attributes, each with who may see it; private ones are only ever returned to their owner. */
    identityAttributes: jsonb('identity_attributes').$type<IdentityAttribute[]>().notNull().default([]),
    commonGroundConsentAt: timestamp('common_ground_consent_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'profiles_pk', columns: [table.organizationId, table.personId] }),
    foreignKey({
      name: 'profiles_person_fk',
      columns: [table.organizationId, table.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'profiles_supervisor_fk',
      columns: [table.organizationId, table.supervisorId],
      foreignColumns: [people.organizationId, people.id],
    }),
    // Who reports to a person: walked down from a mentee to rule out their reports as mentors.
    index('profiles_supervisor_idx').on(table.organizationId, table.supervisorId),
  ],
);
