import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant. Every other table carries organization_id and is scoped by it. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
