import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, foreignKey, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.ts';
import { programs } from './programs.ts';

/** One run of the matching engine for a program: its settings, progress, summary and outcome. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    status: text('status').$type<'running' | 'proposed' | 'published' | 'failed'>().notNull(),
    policy: text('policy').$type<'score' | 'participation'>().notNull(),
    mode: text('mode').$type<'optimal' | 'stable'>().notNull(),
    minimumScore: doublePrecision('minimum_score'),
    progress: jsonb('progress').$type<{ stage: string; done: number; total: number }>().notNull().default({ stage: 'queued', done: 0, total: 0 }),
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    unmatched: jsonb('unmatched').$type<Array<{ menteeId: string; missing: number; reason: string }>>().notNull().default([]),
    error: text('error'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    unique('matching_runs_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({ name: 'matching_runs_program_fk', columns: [table.organizationId, table.programId], foreignColumns: [programs.organizationId, programs.id] }),
    index('matching_runs_program_idx').on(table.organizationId, table.programId, table.createdAt),
    check('matching_runs_status_check', sql`${table.status} in ('running', 'proposed', 'published', 'failed')`),
  ],
);

/** A pair the engine proposed in a run, with its explanation. Seen by coordinators only. */
export const matchingProposals = pgTable(
  'matching_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    runId: uuid('run_id').notNull(),
    menteeId: uuid('mentee_id').notNull(),
    mentorId: uuid('mentor_id').notNull(),
    score: doublePrecision('score').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    contributions: jsonb('contributions').$type<Array<{ criterion: string; weight: number; value: number; points: number }>>().notNull(),
    warnings: jsonb('warnings').$type<string[]>().notNull(),
    locked: boolean('locked').notNull().default(false),
  },
  (table) => [
    foreignKey({ name: 'matching_proposals_run_fk', columns: [table.organizationId, table.runId], foreignColumns: [matchingRuns.organizationId, matchingRuns.id] }).onDelete('cascade'),
    index('matching_proposals_run_idx').on(table.runId),
  ],
);

/** A coordinator's lock, forbid or exclusion, applied to every later run of the program. */
export const matchingOverrides = pgTable(
  'matching_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    kind: text('kind').$type<'lock' | 'forbid' | 'exclude'>().notNull(),
    menteeId: uuid('mentee_id'),
    mentorId: uuid('mentor_id'),
    personId: uuid('person_id'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({ name: 'matching_overrides_program_fk', columns: [table.organizationId, table.programId], foreignColumns: [programs.organizationId, programs.id] }),
    check('matching_overrides_kind_check', sql`${table.kind} in ('lock', 'forbid', 'exclude')`),
  ],
);

/** A mentor and a mentee working together in a program. Issue 5 adds agreements, goals and more. */
export const relationships = pgTable(
  'relationships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    mentorId: uuid('mentor_id').notNull(),
    menteeId: uuid('mentee_id').notNull(),
    status: text('status').$type<'active' | 'closed'>().notNull().default('active'),
    source: text('source').$type<'matching' | 'request' | 'manual'>().notNull(),
    matchingRunId: uuid('matching_run_id'),
    createdById: uuid('created_by_id').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    foreignKey({ name: 'relationships_program_fk', columns: [table.organizationId, table.programId], foreignColumns: [programs.organizationId, programs.id] }),
    foreignKey({ name: 'relationships_mentor_fk', columns: [table.organizationId, table.mentorId], foreignColumns: [people.organizationId, people.id] }),
    foreignKey({ name: 'relationships_mentee_fk', columns: [table.organizationId, table.menteeId], foreignColumns: [people.organizationId, people.id] }),
    index('relationships_mentor_idx').on(table.organizationId, table.mentorId, table.status),
    index('relationships_mentee_idx').on(table.organizationId, table.menteeId, table.status),
    check('relationships_status_check', sql`${table.status} in ('active', 'closed')`),
    check('relationships_source_check', sql`${table.source} in ('matching', 'request', 'manual')`),
    check('relationships_distinct_people', sql`${table.mentorId} <> ${table.menteeId}`),
  ],
);

