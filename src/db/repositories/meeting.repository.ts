import { and, asc, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { MeetingChannel } from '../../../shared/enums.ts';
import type { MeetingStatus } from '../../../shared/schemas/meetings.ts';
import type { Database } from '../database.ts';
import { placeholders, preparedStatement } from '../prepared-statement.ts';
import { meetings, relationships } from '../schema/index.ts';

/** One meeting row, mapped. */
export type MeetingRecord = {
  id: string;
  organizationId: string;
  relationshipId: string;
  proposedById: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  channel: MeetingChannel;
  videoLink: string | null;
  location: string | null;
  agenda: string;
  agendaById: string | null;
  status: MeetingStatus;
  cancelReason: string | null;
  summary: string;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
};

/** What a proposal stores. */
export type NewMeeting = Pick<
  MeetingRecord,
  | 'relationshipId'
  | 'proposedById'
  | 'startsAt'
  | 'durationMinutes'
  | 'timeZone'
  | 'channel'
  | 'videoLink'
  | 'location'
  | 'agenda'
  | 'agendaById'
>;

/** The fields a change of a meeting may set. */
export type MeetingChanges = Partial<Omit<MeetingRecord, 'id' | 'organizationId' | 'relationshipId' | 'createdAt'>>;

/** The columns of a MeetingRecord, for selects and returning clauses. */
export const meetingColumns = {
  id: meetings.id,
  organizationId: meetings.organizationId,
  relationshipId: meetings.relationshipId,
  proposedById: meetings.proposedById,
  startsAt: meetings.startsAt,
  durationMinutes: meetings.durationMinutes,
  timeZone: meetings.timeZone,
  channel: meetings.channel,
  videoLink: meetings.videoLink,
  location: meetings.location,
  agenda: meetings.agenda,
  agendaById: meetings.agendaById,
  status: meetings.status,
  cancelReason: meetings.cancelReason,
  summary: meetings.summary,
  sequence: meetings.sequence,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
};

/** @example await insertMeeting(trx, orgId, { relationshipId, proposedById, startsAt, ... }) */
const meetingInsert = preparedStatement('insert_meeting', (db, name) =>
  db
    .insert(meetings)
    .values(
      placeholders(
        'organizationId',
        'relationshipId',
        'proposedById',
        'startsAt',
        'durationMinutes',
        'timeZone',
        'channel',
        'videoLink',
        'location',
        'agenda',
        'agendaById',
      ),
    )
    .returning(meetingColumns)
    .prepare(name),
);

export async function insertMeeting(db: Database, organizationId: string, values: NewMeeting): Promise<MeetingRecord> {
  const [row] = await meetingInsert(db).execute({ organizationId, ...values });
  if (!row) throw new Error('insert into meetings returned no row');
  return row;
}

/** A meeting of one relationship, locked for the rest of the transaction. */
export async function lockMeetingById(
  db: Database,
  organizationId: string,
  relationshipId: string,
  id: string,
): Promise<MeetingRecord | null> {
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(and(eq(meetings.organizationId, organizationId), eq(meetings.relationshipId, relationshipId), eq(meetings.id, id)))
    .for('update');
  return row ?? null;
}

/** A meeting of one relationship. */
export async function findMeetingById(
  db: Database,
  organizationId: string,
  relationshipId: string,
  id: string,
): Promise<MeetingRecord | null> {
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(and(eq(meetings.organizationId, organizationId), eq(meetings.relationshipId, relationshipId), eq(meetings.id, id)));
  return row ?? null;
}

/** Writes a meeting's changes and returns it as stored. */
export async function updateMeeting(db: Database, organizationId: string, id: string, changes: MeetingChanges): Promise<MeetingRecord> {
  const [row] = await db
    .update(meetings)
    .set(changes)
    .where(and(eq(meetings.organizationId, organizationId), eq(meetings.id, id)))
    .returning(meetingColumns);
  if (!row) throw new Error('update of meetings returned no row');
  return row;
}

/** A person's meeting in a feed, with the pair it belongs to. */
export type PersonMeetingRecord = MeetingRecord & { mentorId: string; menteeId: string };

/**
 * Every meeting of the relationships a person is one of the pair in (any status), starting
 * within the window (from inclusive, to exclusive), by start time, at most `limit`: what their
 * calendar feed shows.
 */
export async function listMeetingsOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
  window: { from: Date; to: Date },
  limit: number,
): Promise<PersonMeetingRecord[]> {
  return db
    .select({ ...meetingColumns, mentorId: relationships.mentorId, menteeId: relationships.menteeId })
    .from(meetings)
    .innerJoin(relationships, and(eq(relationships.organizationId, meetings.organizationId), eq(relationships.id, meetings.relationshipId)))
    .where(
      and(
        eq(meetings.organizationId, organizationId),
        or(eq(relationships.mentorId, personId), eq(relationships.menteeId, personId)),
        gte(meetings.startsAt, window.from),
        lt(meetings.startsAt, window.to),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .limit(limit);
}

/** A concluded meeting (held or missed), as stage signals read it. */
export type ConcludedMeeting = { status: 'held' | 'missed'; startsAt: Date; agendaById: string | null };

/** What stage signals and coordinators' lists need to know of a relationship's meetings. */
export type MeetingSummary = {
  heldCount: number;
  lastHeldAt: Date | null;
  /** The earliest accepted meeting still to start (after `now`). */
  nextAcceptedAt: Date | null;
  /**
   * The last concluded meetings (held or missed; cancelled and unanswered ones are left out),
   * newest first, at most `recentLimit`: "two missed in a row" is `recent[0]` and `recent[1]`
   * both missed; the mentee leading recent agendas is `agendaById === menteeId`.
   */
  recent: ConcludedMeeting[];
};

/**
 * Per relationship of the list: held count, last held, next accepted and the recent concluded
 * meetings. Relationships without meetings get an empty summary. Only the shape, no content.
 *
 * @example const byRelationship = await summarizeMeetings(db, orgId, [id1, id2], ctx.now());
 */
export async function summarizeMeetings(
  db: Database,
  organizationId: string,
  relationshipIds: readonly string[],
  now: Date = new Date(),
  recentLimit = 5,
): Promise<Map<string, MeetingSummary>> {
  const result = new Map<string, MeetingSummary>(
    relationshipIds.map((id) => [id, { heldCount: 0, lastHeldAt: null, nextAcceptedAt: null, recent: [] }]),
  );
  if (relationshipIds.length === 0) return result;
  const rows = await db
    .select({
      relationshipId: meetings.relationshipId,
      status: meetings.status,
      startsAt: meetings.startsAt,
      agendaById: meetings.agendaById,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.organizationId, organizationId),
        inArray(meetings.relationshipId, [...relationshipIds]),
        inArray(meetings.status, ['held', 'missed', 'accepted']),
      ),
    )
    .orderBy(desc(meetings.startsAt));
  for (const row of rows) {
    const summary = result.get(row.relationshipId);
    if (!summary) continue;
    if (row.status === 'accepted') {
      if (row.startsAt > now) summary.nextAcceptedAt = row.startsAt;
      continue;
    }
    if (row.status === 'held') {
      summary.heldCount += 1;
      summary.lastHeldAt ??= row.startsAt;
    }
    if ((row.status === 'held' || row.status === 'missed') && summary.recent.length < recentLimit) {
      summary.recent.push({ status: row.status, startsAt: row.startsAt, agendaById: row.agendaById });
    }
  }
  return result;
}
