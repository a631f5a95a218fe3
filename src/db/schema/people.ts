import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { OrganizationRole } from '../../../shared/enums.ts';
import { organizations } from './organizations.ts';

/** A person of one organization; program roles live in enrolments. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /**
     * Lower-cased; unique within the organization only. One address may hold accounts in several
     * organizations (a consultant, an alumna), each its own person with its own password, so no
     * organization can learn of or block another's people; sign-in asks which one when needed.
     */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    organizationRole: text('organization_role').$type<OrganizationRole>().notNull().default('member'),
    /** argon2id PHC string; null until the person has set a password. */
    passwordHash: text('password_hash'),
    status: text('status').$type<'active' | 'disabled'>().notNull().default('active'),
    department: text('department'),
    jobTitle: text('job_title'),
    seniorityLevel: integer('seniority_level'),
    location: text('location'),
    timeZone: text('time_zone'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** Set when an org admin erased the person: their private content is gone, the row stays anonymous. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('people_organization_id_id_unique').on(table.organizationId, table.id),
    unique('people_organization_id_email_unique').on(table.organizationId, table.email),
    // Sign-in finds an address's accounts across organizations.
    index('people_email_idx').on(table.email),
    index('people_organization_id_idx').on(table.organizationId),
    // The directory's order (GET /people, keyset by lower(name), id) and name search within an organization.
    index('people_organization_name_idx').on(table.organizationId, sql`lower(${table.displayName})`, table.id),
    check('people_organization_role_check', sql`${table.organizationRole} in ('admin', 'coordinator', 'member')`),
    check('people_status_check', sql`${table.status} in ('active', 'disabled')`),
  ],
);
