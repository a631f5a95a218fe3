import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { meetingPeriodCondition } from './meeting-periods.ts';
import { people } from './people.ts';
import { relationships } from './matching.ts';

// Everything a mentor and a mentee do together in a relationship. Every table carries
// organization_id and reaches its relationship through (organization_id, relationship_id).

const relationshipFk = (name: string, organizationId: AnyPgColumn, relationshipId: AnyPgColumn) =>
  foreignKey({
    name,
    columns: [organizationId, relationshipId],
    foreignColumns: [relationships.organizationId, relationships.id],
  }).onDelete('cascade');
const personFk = (name: string, organizationId: AnyPgColumn, personId: AnyPgColumn) =>
  foreignKey({ name, columns: [organizationId, personId], foreignColumns: [people.organizationId, people.id] });

/** A change of stage, set by the pair (or closure), with who made it. */
export const relationshipStageChanges = pgTable(
  'relationship_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedById: uuid('changed_by_id').notNull(),
    note: text('note').notNull().default(''),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    relationshipFk('relationship_stage_changes_relationship_fk', t.organizationId, t.relationshipId),
    index('relationship_stage_changes_idx').on(t.organizationId, t.relationshipId, t.changedAt),
  ],
);

/** The mentoring agreement of a relationship; its text lives in versions. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('agreements_relationship_unique').on(t.organizationId, t.relationshipId),
    unique('agreements_organization_id_id_unique').on(t.organizationId, t.id),
    relationshipFk('agreements_relationship_fk', t.organizationId, t.relationshipId),
  ],
);

/** One version of an agreement's text (never edited once both signed), with each side's signature. */
export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    version: integer('version').notNull(),
    /** shared/schemas agreement content: meeting guidelines, confidentiality, expectations, timeline, first goals. */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    editedById: uuid('edited_by_id').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
    mentorSignedAt: timestamp('mentor_signed_at', { withTimezone: true }),
    menteeSignedAt: timestamp('mentee_signed_at', { withTimezone: true }),
  },
  (t) => [
    unique('agreement_versions_unique').on(t.agreementId, t.version),
    foreignKey({
      name: 'agreement_versions_agreement_fk',
      columns: [t.organizationId, t.agreementId],
      foreignColumns: [agreements.organizationId, agreements.id],
    }).onDelete('cascade'),
  ],
);

/** A SMART goal of the relationship (the mentee's development goal). */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    specific: text('specific').notNull(),
    measure: text('measure').notNull().default(''),
    achievable: text('achievable').notNull().default(''),
    relevant: text('relevant').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    progress: integer('progress').notNull().default(0),
    status: text('status').$type<'active' | 'met' | 'dropped'>().notNull().default('active'),
    /** Mentoring functions and expertise areas the goal draws on (feeds the developmental network). */
    functions: text('functions').array().notNull().default(sql`'{}'::text[]`),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    metAt: timestamp('met_at', { withTimezone: true }),
  },
  (t) => [
    unique('goals_organization_id_id_unique').on(t.organizationId, t.id),
    relationshipFk('goals_relationship_fk', t.organizationId, t.relationshipId),
    index('goals_relationship_idx').on(t.organizationId, t.relationshipId),
    check('goals_progress_check', sql`${t.progress} between 0 and 100`),
    check('goals_status_check', sql`${t.status} in ('active', 'met', 'dropped')`),
  ],
);

/** A goal's history: each progress update or refinement, with the wording as it was before. */
export const goalRevisions = pgTable(
  'goal_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    kind: text('kind').$type<'created' | 'progress' | 'refined' | 'status'>().notNull(),
    progress: integer('progress').notNull(),
    previousWording: jsonb('previous_wording').$type<Record<string, unknown>>(),
    note: text('note').notNull().default(''),
    changedById: uuid('changed_by_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'goal_revisions_goal_fk',
      columns: [t.organizationId, t.goalId],
      foreignColumns: [goals.organizationId, goals.id],
    }).onDelete('cascade'),
    index('goal_revisions_goal_idx').on(t.goalId, t.changedAt),
  ],
);

/** A milestone on the way to a goal. */
export const goalMilestones = pgTable(
  'goal_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    foreignKey({
      name: 'goal_milestones_goal_fk',
      columns: [t.organizationId, t.goalId],
      foreignColumns: [goals.organizationId, goals.id],
    }).onDelete('cascade'),
    index('goal_milestones_goal_idx').on(t.goalId),
  ],
);

/** A meeting of the pair: proposed, accepted, rescheduled, cancelled, then held or missed. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    proposedById: uuid('proposed_by_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** The proposer's IANA time zone when proposing (each person sees times in their own zone). */
    timeZone: text('time_zone').notNull(),
    channel: text('channel').$type<'in_person' | 'video' | 'phone' | 'message' | 'email'>().notNull(),
    videoLink: text('video_link'),
    location: text('location'),
    agenda: text('agenda').notNull().default(''),
    /** Who set the agenda (the mentee leading the agenda is a mastery signal). */
    agendaById: uuid('agenda_by_id'),
    status: text('status').$type<'proposed' | 'accepted' | 'cancelled' | 'held' | 'missed'>().notNull().default('proposed'),
    cancelReason: text('cancel_reason'),
    summary: text('summary').notNull().default(''),
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    relationshipFk('meetings_relationship_fk', t.organizationId, t.relationshipId),
    index('meetings_relationship_idx').on(t.organizationId, t.relationshipId, t.startsAt),
    // The pair's two meeting lists, each paged by start time then id (upcoming forwards, past backwards).
    index('meetings_upcoming_idx')
      .on(t.organizationId, t.relationshipId, t.startsAt, t.id)
      .where(meetingPeriodCondition(t.status, 'upcoming')),
    index('meetings_past_idx').on(t.organizationId, t.relationshipId, t.startsAt, t.id).where(meetingPeriodCondition(t.status, 'past')),
    check('meetings_status_check', sql`${t.status} in ('proposed', 'accepted', 'cancelled', 'held', 'missed')`),
    check('meetings_channel_check', sql`${t.channel} in ('in_person', 'video', 'phone', 'message', 'email')`),
    check('meetings_duration_check', sql`${t.durationMinutes} between 5 and 480`),
  ],
);

/** A person's private calendar feed URL (the token is stored hashed; revocable). */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    personId: uuid('person_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [unique('calendar_feeds_token_unique').on(t.tokenHash), personFk('calendar_feeds_person_fk', t.organizationId, t.personId)],
);

/** A note: shared (both see and comment) or private (its author alone, ever). */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    authorId: uuid('author_id').notNull(),
    visibility: text('visibility').$type<'private' | 'shared'>().notNull(),
    body: text('body').notNull(),
    meetingId: uuid('meeting_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('notes_organization_id_id_unique').on(t.organizationId, t.id),
    relationshipFk('notes_relationship_fk', t.organizationId, t.relationshipId),
    index('notes_relationship_idx').on(t.organizationId, t.relationshipId, t.createdAt),
    check('notes_visibility_check', sql`${t.visibility} in ('private', 'shared')`),
  ],
);

/** A comment on a shared note. */
export const noteComments = pgTable(
  'note_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    noteId: uuid('note_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'note_comments_note_fk',
      columns: [t.organizationId, t.noteId],
      foreignColumns: [notes.organizationId, notes.id],
    }).onDelete('cascade'),
    index('note_comments_note_idx').on(t.noteId, t.createdAt),
  ],
);

/** A learning-log entry (both sides learn): what I tried, what happened, what I learned. */
export const learningLogEntries = pgTable(
  'learning_log_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    authorId: uuid('author_id').notNull(),
    tried: text('tried').notNull(),
    happened: text('happened').notNull().default(''),
    learned: text('learned').notNull().default(''),
    shared: boolean('shared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    relationshipFk('learning_log_entries_relationship_fk', t.organizationId, t.relationshipId),
    index('learning_log_entries_idx').on(t.organizationId, t.relationshipId, t.createdAt),
  ],
);

/** A quick check-in between meetings ("here's what's been going on"): a touch point. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    relationshipFk('check_ins_relationship_fk', t.organizationId, t.relationshipId),
    index('check_ins_idx').on(t.organizationId, t.relationshipId, t.createdAt),
  ],
);

/**
 * Closure of a relationship: completed (with outcomes and reflections) or a no-fault early exit
 * (its reason is for coordinators only; the other side sees only that it ended).
 */
export const closures = pgTable(
  'closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    kind: text('kind').$type<'completed' | 'early_exit'>().notNull(),
    startedById: uuid('started_by_id').notNull(),
    status: text('status').$type<'started' | 'closed'>().notNull().default('started'),
    nextStep: text('next_step').$type<'informal' | 'friends' | 'periodic_contact' | 'end'>(),
    goalOutcomes: jsonb('goal_outcomes').$type<Array<{ goalId: string; achieved: string }>>().notNull().default([]),
    mentorReflection: text('mentor_reflection').notNull().default(''),
    menteeReflection: text('mentee_reflection').notNull().default(''),
    earlyExitReason: text('early_exit_reason'),
    rematchRequested: boolean('rematch_requested').notNull().default(false),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    unique('closures_relationship_unique').on(t.organizationId, t.relationshipId),
    relationshipFk('closures_relationship_fk', t.organizationId, t.relationshipId),
    check('closures_kind_check', sql`${t.kind} in ('completed', 'early_exit')`),
    check('closures_status_check', sql`${t.status} in ('started', 'closed')`),
    check('closures_next_step_check', sql`${t.nextStep} is null or ${t.nextStep} in ('informal', 'friends', 'periodic_contact', 'end')`),
  ],
);

/** One side's closure survey: a rating and, from the mentee, the ideal-mentor qualities (1-5 each). Confidential. */
export const closureSurveys = pgTable(
  'closure_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    relationshipId: uuid('relationship_id').notNull(),
    respondentId: uuid('respondent_id').notNull(),
    rating: integer('rating').notNull(),
    qualities: jsonb('qualities').$type<Record<string, number>>(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('closure_surveys_respondent_unique').on(t.relationshipId, t.respondentId),
    relationshipFk('closure_surveys_relationship_fk', t.organizationId, t.relationshipId),
    check('closure_surveys_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);
