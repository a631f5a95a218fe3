import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type {
  DeclineReason,
  MentorRequestKind,
  MentorRequestStatus,
  MyMentorRequestQuery,
  PlanExcerptNeed,
} from '../../../shared/schemas/mentor-requests.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { mentorRequests, relationships } from '../schema/index.ts';

/** Statuses in which a request still holds one of the mentor's places. */
export const pendingRequestStatuses = ['open', 'question_asked'] as const satisfies readonly MentorRequestStatus[];

/** One mentor request row, mapped. */
export type MentorRequestRecord = {
  id: string;
  organizationId: string;
  menteeId: string;
  mentorId: string;
  programId: string | null;
  kind: MentorRequestKind;
  message: string;
  needText: string;
  needFunctions: string[];
  frequency: string;
  investment: string;
  reverseOffer: string | null;
  planExcerpt: PlanExcerptNeed[];
  status: MentorRequestStatus;
  declineReason: DeclineReason | null;
  declineText: string | null;
  question: string | null;
  answer: string | null;
  expiresAt: Date;
  remindedAt: Date | null;
  createdAt: Date;
  answeredAt: Date | null;
  relationshipId: string | null;
  meetingId: string | null;
};

/** What sending a request stores. */
export type NewMentorRequest = Pick<
  MentorRequestRecord,
  | 'menteeId'
  | 'mentorId'
  | 'programId'
  | 'kind'
  | 'message'
  | 'needText'
  | 'needFunctions'
  | 'frequency'
  | 'investment'
  | 'reverseOffer'
  | 'planExcerpt'
  | 'expiresAt'
>;

/** The fields a state change may set. */
export type MentorRequestChanges = Partial<
  Pick<
    MentorRequestRecord,
    'status' | 'declineReason' | 'declineText' | 'question' | 'answer' | 'answeredAt' | 'relationshipId' | 'meetingId' | 'remindedAt'
  >
>;

const columns = {
  id: mentorRequests.id,
  organizationId: mentorRequests.organizationId,
  menteeId: mentorRequests.menteeId,
  mentorId: mentorRequests.mentorId,
  programId: mentorRequests.programId,
  kind: mentorRequests.kind,
  message: mentorRequests.message,
  needText: mentorRequests.needText,
  needFunctions: mentorRequests.needFunctions,
  frequency: mentorRequests.frequency,
  investment: mentorRequests.investment,
  reverseOffer: mentorRequests.reverseOffer,
  planExcerpt: mentorRequests.planExcerpt,
  status: mentorRequests.status,
  declineReason: mentorRequests.declineReason,
  declineText: mentorRequests.declineText,
  question: mentorRequests.question,
  answer: mentorRequests.answer,
  expiresAt: mentorRequests.expiresAt,
  remindedAt: mentorRequests.remindedAt,
  createdAt: mentorRequests.createdAt,
  answeredAt: mentorRequests.answeredAt,
  relationshipId: mentorRequests.relationshipId,
  meetingId: mentorRequests.meetingId,
};

const pending = inArray(mentorRequests.status, [...pendingRequestStatuses]);

/** @example await insertMentorRequest(trx, orgId, { menteeId, mentorId, kind: 'area', ... }) */
export async function insertMentorRequest(db: Database, organizationId: string, values: NewMentorRequest): Promise<MentorRequestRecord> {
  const [row] = await db
    .insert(mentorRequests)
    .values({ organizationId, ...values })
    .returning(columns);
  if (!row) throw new Error('insert into mentor_requests returned no row');
  return row;
}

/** One request of the organization. */
export async function findMentorRequestById(db: Database, organizationId: string, id: string): Promise<MentorRequestRecord | null> {
  const [row] = await db
    .select(columns)
    .from(mentorRequests)
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.id, id)));
  return row ?? null;
}

/** One request, locked for the rest of the transaction. */
export async function lockMentorRequestById(db: Database, organizationId: string, id: string): Promise<MentorRequestRecord | null> {
  const [row] = await db
    .select(columns)
    .from(mentorRequests)
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.id, id)))
    .for('update');
  return row ?? null;
}

/** Writes a request's changes and returns it as stored. */
export async function updateMentorRequest(
  db: Database,
  organizationId: string,
  id: string,
  changes: MentorRequestChanges,
): Promise<MentorRequestRecord> {
  const [row] = await db
    .update(mentorRequests)
    .set(changes)
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.id, id)))
    .returning(columns);
  if (!row) throw new Error('update of mentor_requests matched no row');
  return row;
}

const newestRequestsFirst = keyset('newest', [
  { by: mentorRequests.createdAt, direction: 'desc' },
  { by: mentorRequests.id, direction: 'desc' },
]);

/** One page of the requests a person sent (`box: 'sent'`) or received, newest first, optionally of one status. */
export async function listMentorRequestsOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
  query: MyMentorRequestQuery,
): Promise<Page<MentorRequestRecord>> {
  const page = keysetQuery(newestRequestsFirst, query);
  const rows = await db
    .select({ ...columns, cursorKey: page.cursorKey })
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.organizationId, organizationId),
        query.box === 'sent' ? eq(mentorRequests.menteeId, personId) : eq(mentorRequests.mentorId, personId),
        query.status ? eq(mentorRequests.status, query.status) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestRequestsFirst);
}

/** Requests still holding a place (open or awaiting an answer) sent to a mentor. */
export async function countPendingRequestsToMentor(db: Database, organizationId: string, mentorId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentorRequests)
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.mentorId, mentorId), pending));
  return row?.count ?? 0;
}

/** The pending requests a mentee has sent (to any mentor). */
export async function listPendingRequestsOfMentee(
  db: Database,
  organizationId: string,
  menteeId: string,
): Promise<Array<{ id: string; mentorId: string }>> {
  return db
    .select({ id: mentorRequests.id, mentorId: mentorRequests.mentorId })
    .from(mentorRequests)
    .where(and(eq(mentorRequests.organizationId, organizationId), eq(mentorRequests.menteeId, menteeId), pending));
}

/** Marks every pending request past its expiry (any organization) as expired; returns them. */
export async function expireOverdueRequests(
  db: Database,
  now: Date,
): Promise<Array<{ id: string; organizationId: string; mentorId: string }>> {
  return db
    .update(mentorRequests)
    .set({ status: 'expired', answeredAt: now })
    .where(and(pending, lte(mentorRequests.expiresAt, now)))
    .returning({ id: mentorRequests.id, organizationId: mentorRequests.organizationId, mentorId: mentorRequests.mentorId });
}

/** Sets reminded_at on pending requests expiring before `until` that were never reminded; returns them. */
export async function markRequestsReminded(
  db: Database,
  now: Date,
  until: Date,
): Promise<Array<{ id: string; organizationId: string; mentorId: string; expiresAt: Date }>> {
  return db
    .update(mentorRequests)
    .set({ remindedAt: now })
    .where(and(pending, isNull(mentorRequests.remindedAt), gt(mentorRequests.expiresAt, now), lte(mentorRequests.expiresAt, until)))
    .returning({
      id: mentorRequests.id,
      organizationId: mentorRequests.organizationId,
      mentorId: mentorRequests.mentorId,
      expiresAt: mentorRequests.expiresAt,
    });
}

/** The active relationship of this mentor and mentee in a program, if they already have one (an accept then adds to it or is refused). */
export async function findActivePairRelationshipId(
  db: Database,
  organizationId: string,
  programId: string,
  mentorId: string,
  menteeId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: relationships.id })
    .from(relationships)
    .where(
      and(
        eq(relationships.organizationId, organizationId),
        eq(relationships.programId, programId),
        eq(relationships.mentorId, mentorId),
        eq(relationships.menteeId, menteeId),
        eq(relationships.status, 'active'),
      ),
    );
  return row?.id ?? null;
}
