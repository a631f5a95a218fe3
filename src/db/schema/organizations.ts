import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The default seniority scale; an organization can rename and extend it. */
export const defaultSeniorityLevels = [
  { level: 1, label: 'Entry' },
  { level: 2, label: 'Associate' },
  { level: 3, label: 'Experienced' },
  { level: 4, label: 'Senior' },
  { level: 5, label: 'Lead' },
  { level: 6, label: 'Executive' },
];

/** The tenant. Every other table carries organization_id and is scoped by it. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  seniorityLevels: jsonb('seniority_levels').$type<Array<{ level: number; label: string }>>().notNull().default(defaultSeniorityLevels),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
