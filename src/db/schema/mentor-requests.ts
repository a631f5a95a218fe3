import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DeclineReason, MentorRequestKind, MentorRequestStatus, PlanExcerptNeed } from '../../../shared/schemas/mentor-requests.ts';
import { relationships } from './matching.ts';
import { people } from './people.ts';
import { programs } from './programs.ts';
import { meetings } from './relationship-work.ts';

/**
 * A mentee's request to a mentor (seed 000: a conversation, help in an area, or support through
 * a period). While open (or awaiting the mentee's answer) it holds one of the mentor's places.
 */
export const mentorRequests = pgTable(
  'mentor_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    menteeId: uuid('mentee_id').notNull(),
    mentorId: uuid('mentor_id').notNull(),
    programId: uuid('program_id'),
    kind: text('kind').$type<MentorRequestKind>().notNull(),
    message: text('message').notNull(),
    needText: text('need_text').notNull(),
    needFunctions: text('need_functions').array().notNull().default(sql`'{}'::text[]`),
    frequency: text('frequency').notNull(),
    investment: text('investment').notNull(),
    reverseOffer: text('reverse_offer'),
    /** The needs of the mentee's development plan they chose to show the mentor, as they read when sent. */
    planExcerpt: jsonb('plan_excerpt').$type<PlanExcerptNeed[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').$type<MentorRequestStatus>().notNull().default('open'),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    declineText: text('decline_text'),
    question: text('question'),
    answer: text('answer'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    relationshipId: uuid('relationship_id'),
    meetingId: uuid('meeting_id'),
  },
  (t) => [
    foreignKey({
      name: 'mentor_requests_mentee_fk',
      columns: [t.organizationId, t.menteeId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'mentor_requests_mentor_fk',
      columns: [t.organizationId, t.mentorId],
      foreignColumns: [people.organizationId, people.id],
    }),
    foreignKey({
      name: 'mentor_requests_program_fk',
      columns: [t.organizationId, t.programId],
      foreignColumns: [programs.organizationId, programs.id],
    }),
    foreignKey({
      name: 'mentor_requests_relationship_fk',
      columns: [t.organizationId, t.relationshipId],
      foreignColumns: [relationships.organizationId, relationships.id],
    }),
    foreignKey({ name: 'mentor_requests_meeting_fk', columns: [t.meetingId], foreignColumns: [meetings.id] }).onDelete('set null'),
    // One open request per pair: the database holds the line even if two sends race.
    uniqueIndex('mentor_requests_open_pair_unique')
      .on(t.organizationId, t.menteeId, t.mentorId)
      .where(sql`${t.status} in ('open', 'question_asked')`),
    index('mentor_requests_mentor_idx').on(t.organizationId, t.mentorId, t.status),
    index('mentor_requests_mentee_idx').on(t.organizationId, t.menteeId, t.status),
    // A mentor's inbox and a mentee's sent requests, paged newest first.
    index('mentor_requests_mentor_created_idx').on(t.organizationId, t.mentorId, t.createdAt, t.id),
    index('mentor_requests_mentee_created_idx').on(t.organizationId, t.menteeId, t.createdAt, t.id),
    index('mentor_requests_expiry_idx').on(t.status, t.expiresAt),
    check('mentor_requests_kind_check', sql`${t.kind} in ('conversation', 'area', 'period')`),
    check('mentor_requests_status_check', sql`${t.status} in ('open', 'question_asked', 'accepted', 'declined', 'withdrawn', 'expired')`),
    check('mentor_requests_distinct_people', sql`${t.mentorId} <> ${t.menteeId}`),
  ],
);
