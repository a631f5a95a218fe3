import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RelationshipStage } from '../../../shared/enums.ts';
import { people } from './people.ts';
import { programs } from './programs.ts';

/** One run of the matching engine for a program: its settings, progress, summary and outcome. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    status: text('status').$type<'running' | 'proposed' | 'published' | 'failed' | 'cancelled'>().notNull(),
    policy: text('policy').$type<'score' | 'participation'>().notNull(),
    mode: text('mode').$type<'optimal' | 'stable'>().notNull(),
    minimumScore: doublePrecision('minimum_score'),
    progress: jsonb('progress')
      .$type<{ stage: string; done: number; total: number }>()
      .notNull()
      .default({ stage: 'queued', done: 0, total: 0 }),
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    unmatched: jsonb('unmatched').$type<Array<{ menteeId: string; missing: number; reason: string }>>().notNull().default([]),
    error: text('error'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Beaten by the server running the run while it runs; a run whose beat stopped is failed by any server. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('matching_runs_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({
      name: 'matching_runs_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    index('matching_runs_program_idx').on(table.organizationId, table.programId, table.createdAt),
    check('matching_runs_status_check', sql`${table.status} in ('running', 'proposed', 'published', 'failed', 'cancelled')`),
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
    foreignKey({
      name: 'matching_proposals_run_fk',
      columns: [table.organizationId, table.runId],
      foreignColumns: [matchingRuns.organizationId, matchingRuns.id],
    }).onDelete('cascade'),
    // The review's pages by score (either way) and the run's own lookups.
    index('matching_proposals_run_score_idx').on(table.organizationId, table.runId, table.score, table.id),
    // A mentee's pairs in a run: the review's order by mentee name walks people by name and looks each up here.
    index('matching_proposals_run_mentee_idx').on(table.organizationId, table.runId, table.menteeId),
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
    foreignKey({
      name: 'matching_overrides_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    check('matching_overrides_kind_check', sql`${table.kind} in ('lock', 'forbid', 'exclude')`),
    // The coordinators' list (by kind, newest first, read backwards) and a run's overrides of its program.
    index('matching_overrides_program_kind_idx').on(table.organizationId, table.programId, table.kind, table.createdAt, table.id),
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
    /** The stage the pair has set: creating (1), building (2), mastery (3), moving_on (4). */
    stage: text('stage').$type<RelationshipStage>().notNull().default('creating'),
    /** The last touch point (meeting held, check-in, shared note or comment), for risk signals. */
    lastTouchAt: timestamp('last_touch_at', { withTimezone: true }),
    source: text('source').$type<'matching' | 'request' | 'manual'>().notNull(),
    matchingRunId: uuid('matching_run_id'),
    createdById: uuid('created_by_id').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    foreignKey({
      name: 'relationships_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'relationships_mentor_fk',
      columns: [table.organizationId, table.mentorId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'relationships_mentee_fk',
      columns: [table.organizationId, table.menteeId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('relationships_mentor_idx').on(table.organizationId, table.mentorId, table.status),
    index('relationships_mentee_idx').on(table.organizationId, table.menteeId, table.status),
    // A program's relationships paged newest first, and longest without a touch point first.
    index('relationships_program_started_idx').on(table.organizationId, table.programId, table.startedAt, table.id),
    index('relationships_program_last_touch_idx').on(
      table.organizationId,
      table.programId,
      sql`coalesce(${table.lastTouchAt}, ${table.startedAt})`,
      table.id,
    ),
    check('relationships_status_check', sql`${table.status} in ('active', 'closed')`),
    check('relationships_stage_check', sql`${table.stage} in ('creating', 'building', 'mastery', 'moving_on')`),
    unique('relationships_organization_id_id_unique').on(table.organizationId, table.id),
    check('relationships_source_check', sql`${table.source} in ('matching', 'request', 'manual')`),
    check('relationships_distinct_people', sql`${table.mentorId} <> ${table.menteeId}`),
  ],
);

/**
 * What a participant states about a possible partner in a program: a mentee's ranked pick
 * (rank 1 = first choice) or a mentor's prefer/avoid mark on a mentee (avoid is a hard rule).
 * Seen by its author and the program's coordinators, used by the engine, never by the target.
 */
export const matchingPreferences = pgTable(
  'matching_preferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    personId: uuid('person_id').notNull(),
    targetId: uuid('target_id').notNull(),
    kind: text('kind').$type<'pick' | 'prefer' | 'avoid'>().notNull(),
    rank: integer('rank'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('matching_preferences_unique').on(table.programId, table.personId, table.targetId),
    foreignKey({
      name: 'matching_preferences_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'matching_preferences_person_fk',
      columns: [table.organizationId, table.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'matching_preferences_target_fk',
      columns: [table.organizationId, table.targetId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('matching_preferences_program_idx').on(table.organizationId, table.programId),
    check('matching_preferences_kind_check', sql`${table.kind} in ('pick', 'prefer', 'avoid')`),
    check(
      'matching_preferences_rank_check',
      sql`(${table.kind} = 'pick') = (${table.rank} is not null) and (${table.rank} is null or ${table.rank} between 1 and 10)`,
    ),
    check('matching_preferences_distinct_people', sql`${table.personId} <> ${table.targetId}`),
  ],
);

/**
 * A group mentoring circle in a group program: proposed by a matching run (coordinators only),
 * active once published, closed at the end. Members are in circle_members.
 */
export const circles = pgTable(
  'circles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    programId: uuid('program_id').notNull(),
    name: text('name').notNull(),
    status: text('status').$type<'proposed' | 'active' | 'closed'>().notNull(),
    matchingRunId: uuid('matching_run_id'),
    /** Mean affinity of the circle at formation (0-1), shown to coordinators. */
    affinity: doublePrecision('affinity'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    unique('circles_organization_id_id_unique').on(table.organizationId, table.id),
    foreignKey({
      name: 'circles_program_fk',
      columns: [table.organizationId, table.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'circles_run_fk',
      columns: [table.organizationId, table.matchingRunId],
      foreignColumns: [matchingRuns.organizationId, matchingRuns.id],
    }).onDelete('cascade'),
    index('circles_program_idx').on(table.organizationId, table.programId, table.status),
    // A program's circles paged by name.
    index('circles_program_name_idx').on(table.organizationId, table.programId, table.name, table.id),
    // A group run's circles by name (the run review pages them).
    index('circles_run_name_idx').on(table.organizationId, table.matchingRunId, sql`lower(${table.name})`, table.id),
    check('circles_status_check', sql`${table.status} in ('proposed', 'active', 'closed')`),
  ],
);

/** A person in a circle, as one of its mentors or mentees. */
export const circleMembers = pgTable(
  'circle_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    circleId: uuid('circle_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').$type<'mentor' | 'mentee'>().notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('circle_members_circle_person_unique').on(table.circleId, table.personId),
    foreignKey({
      name: 'circle_members_circle_fk',
      columns: [table.organizationId, table.circleId],
      foreignColumns: [circles.organizationId, circles.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'circle_members_person_fk',
      columns: [table.organizationId, table.personId],
      foreignColumns: [people.organizationId, people.id],
    }),
    index('circle_members_person_idx').on(table.organizationId, table.personId),
    check('circle_members_role_check', sql`${table.role} in ('mentor', 'mentee')`),
  ],
);
