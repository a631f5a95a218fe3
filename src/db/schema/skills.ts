import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';

/** The organization's list of expertise areas; suggestions wait for a coordinator's review. */
export const skills = pgTable(
  'skills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    status: text('status').$type<'approved' | 'pending'>().notNull(),
    suggestedById: uuid('suggested_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('skills_organization_name_unique').on(table.organizationId, sql`lower(${table.name})`),
    check('skills_status_check', sql`${table.status} in ('approved', 'pending')`),
  ],
);
