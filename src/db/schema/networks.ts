import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieKind, NetworkTieSource, TieFrequency } from '../../../shared/network-ties.ts';
import { people } from './people.ts';
import { relationships } from './matching.ts';

// A person's developmental network and career development plan. Both are private to their
// owner (the plan is shown to the supervisor only when shared). Every table carries
// organization_id and reaches people and relationships through composite keys.

const personFk = (name: string, organizationId: AnyPgColumn, personId: AnyPgColumn) =>
  foreignKey({ name, columns: [organizationId, personId], foreignColumns: [people.organizationId, people.id] });

/** One development need of a plan, as stored in development_plans.needs. */
export type StoredDevelopmentNeed = {
  id: string;
  text: string;
  transition: string;
  functions: MentoringFunction[];
  expertiseAreas: string[];
};

/**
 * A tie of a person's developmental network: someone on the platform (person_id) or off it
 * (name and note, no account). Ties from relationships (source `relationship`) are created from
 * the relationship; their `functions` stay null until the owner corrects the derived ones.
 */
export const networkTies = pgTable(
  'network_ties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    source: text('source').$type<NetworkTieSource>().notNull(),
    relationshipId: uuid('relationship_id'),
    personId: uuid('person_id'),
    /** Off-platform ties only: the owner's private words. */
    name: text('name'),
    note: text('note').notNull().default(''),
    kind: text('kind').$type<NetworkTieKind>().notNull(),
    insideOrganization: boolean('inside_organization').notNull(),
    /** Null on a relationship tie until the owner corrects the functions taken from the relationship. */
    functions: text('functions').array().$type<MentoringFunction[]>(),
    closeness: integer('closeness').notNull(),
    frequency: text('frequency').$type<TieFrequency>().notNull(),
    activities: text('activities').array().notNull().default(sql`'{}'::text[]`),
    department: text('department'),
    organizationName: text('organization_name'),
    profession: text('profession'),
    /** Only when the tie chose to share it. */
    culture: text('culture'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('network_ties_relationship_unique').on(t.organizationId, t.ownerId, t.relationshipId),
    personFk('network_ties_owner_fk', t.organizationId, t.ownerId),
    personFk('network_ties_person_fk', t.organizationId, t.personId),
    foreignKey({
      name: 'network_ties_relationship_fk',
      columns: [t.organizationId, t.relationshipId],
      foreignColumns: [relationships.organizationId, relationships.id],
    }).onDelete('cascade'),
    index('network_ties_owner_idx').on(t.organizationId, t.ownerId),
    check(
      'network_ties_source_check',
      sql`(${t.source} = 'relationship') = (${t.relationshipId} is not null) and ${t.source} in ('manual', 'relationship')`,
    ),
    check('network_ties_who_check', sql`(${t.personId} is null) <> (${t.name} is null)`),
    check('network_ties_not_self', sql`${t.personId} is null or ${t.personId} <> ${t.ownerId}`),
    check('network_ties_kind_check', sql`${t.kind} in ('supervisor', 'senior', 'peer', 'junior', 'family_or_acquaintance')`),
    check('network_ties_frequency_check', sql`${t.frequency} in ('weekly', 'monthly', 'quarterly', 'yearly', 'rarely')`),
    check('network_ties_closeness_check', sql`${t.closeness} between 1 and 5`),
  ],
);

/** A person's career development plan (one per person): needs mapped to functions and expertise. */
export const developmentPlans = pgTable(
  'development_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    personId: uuid('person_id').notNull(),
    needs: jsonb('needs').$type<StoredDevelopmentNeed[]>().notNull().default([]),
    sharedWithSupervisor: boolean('shared_with_supervisor').notNull().default(false),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('development_plans_person_unique').on(t.organizationId, t.personId),
    unique('development_plans_organization_id_id_unique').on(t.organizationId, t.id),
    personFk('development_plans_person_fk', t.organizationId, t.personId),
  ],
);

/** A supervisor's encouragement or suggestion on a plan shared with them. */
export const developmentPlanComments = pgTable(
  'development_plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    planId: uuid('plan_id').notNull(),
    authorId: uuid('author_id').notNull(),
    kind: text('kind').$type<'encouragement' | 'suggestion'>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'development_plan_comments_plan_fk',
      columns: [t.organizationId, t.planId],
      foreignColumns: [developmentPlans.organizationId, developmentPlans.id],
    }).onDelete('cascade'),
    personFk('development_plan_comments_author_fk', t.organizationId, t.authorId),
    index('development_plan_comments_plan_idx').on(t.planId, t.createdAt),
    check('development_plan_comments_kind_check', sql`${t.kind} in ('encouragement', 'suggestion')`),
  ],
);
