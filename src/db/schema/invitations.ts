import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OrganizationRole } from '../../../shared/enums.ts';
import { organizations } from './organizations.ts';
import { people } from './people.ts';

/** An admin's invitation to join the organization; only an HMAC of the link token is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    organizationRole: text('organization_role').$type<OrganizationRole>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedById: uuid('invited_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedPersonId: uuid('accepted_person_id'),
  },
  (table) => [
    foreignKey({
      name: 'invitations_invited_by_fk',
      columns: [table.organizationId, table.invitedById],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('invitations_organization_idx').on(table.organizationId, table.createdAt),
    check('invitations_organization_role_check', sql`${table.organizationRole} in ('admin', 'coordinator', 'member')`),
  ],
);
