import type { MeetingChannel } from '../../../shared/enums.ts';
import type { MeetingQuery, ProposeMeeting, RescheduleMeeting } from '../../../shared/schemas/meetings.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { listMeetingPage } from '../../db/repositories/meeting-page.repository.ts';
import { insertMeeting, lockMeetingById, updateMeeting, type MeetingChanges } from '../../db/repositories/meeting.repository.ts';
import { touchRelationship } from '../../db/repositories/relationship-record.repository.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { decideMeetingChange } from '../../domain/relationships/meeting-state.ts';
import { instantOfLocalTime } from '../../domain/relationships/meeting-times.ts';
import { suggestOpenQuestions, type OpenQuestion } from '../../domain/relationships/open-questions.ts';
import type { ServiceContext } from '../context.ts';
import { meetingProposed } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { getRelationshipAsParticipant, lockActiveWithPair } from './relationship-access.ts';
import { loadPairPeople, presentMeeting, type MeetingView } from './meeting-view.ts';

/** A change one of the pair makes to a meeting. */
export type MeetingChange =
  | { action: 'accept' }
  | { action: 'reschedule'; input: RescheduleMeeting }
  | { action: 'cancel'; reason: string }
  | { action: 'mark_held'; summary?: string | undefined }
  | { action: 'mark_missed' }
  | { action: 'set_agenda'; agenda: string }
  | { action: 'record_summary'; summary: string };

type StartInput = { localStart?: string | undefined; timeZone?: string | undefined; startsAt?: string | undefined };

// Turns the proposer's input into the instant and the zone the proposer thinks in. A wall-clock
// time skipped by a daylight-saving change is refused, naming the field.
function resolveStart(input: StartInput, proposerZone: string | null, now: Date): { startsAt: Date; timeZone: string } {
  let resolved: { startsAt: Date; timeZone: string; field: string };
  if (input.localStart !== undefined && input.timeZone !== undefined) {
    const instant = instantOfLocalTime(input.localStart, input.timeZone);
    if (!(instant instanceof Date)) throw invalidInput([{ field: 'localStart', message: instant.message }]);
    resolved = { startsAt: instant, timeZone: input.timeZone, field: 'localStart' };
  } else if (input.startsAt !== undefined) {
    resolved = { startsAt: new Date(input.startsAt), timeZone: input.timeZone ?? proposerZone ?? 'UTC', field: 'startsAt' };
  } else {
    throw invalidInput([{ field: 'localStart', message: 'required (or send startsAt)' }]);
  }
  if (resolved.startsAt.getTime() <= now.getTime()) throw invalidInput([{ field: resolved.field, message: 'must be in the future' }]);
  return { startsAt: resolved.startsAt, timeZone: resolved.timeZone };
}

// Only the channel's own place is kept: a link for video, a location for in-person meetings.
function placeFor(channel: MeetingChannel, videoLink: string | null | undefined, location: string | null | undefined) {
  return { videoLink: channel === 'video' ? (videoLink ?? null) : null, location: channel === 'in_person' ? location || null : null };
}

/**
 * A page of a relationship's meetings for one of the pair (everyone else, coordinators included,
 * gets not found): upcoming ones (proposed, accepted) by start time, or past ones (held, missed,
 * cancelled) newest first, with open questions to suggest for agendas (from the stage).
 *
 * @example const { items, nextCursor } = await listMeetings(ctx, actor, relationshipId, { when: 'upcoming', limit: 50 });
 */
export async function listMeetings(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  query: Pick<MeetingQuery, 'when' | 'limit' | 'cursor'>,
): Promise<Page<MeetingView> & { suggestedQuestions: OpenQuestion[] }> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const [page, pair] = await Promise.all([
    listMeetingPage(ctx.db, actor.organizationId, relationshipId, query.when, query),
    loadPairPeople(ctx, relationship),
  ]);
  const now = ctx.now();
  return {
    items: page.items.map((m) => presentMeeting(m, pair, actor.personId, now)),
    nextCursor: page.nextCursor,
    suggestedQuestions: suggestOpenQuestions(relationship.stage),
  };
}

/**
 * One of the pair proposes a meeting, in their own zone or as an instant; the other side
 * accepts it. An agenda sent with it is the proposer's.
 *
 * @example await proposeMeeting(ctx, actor, relationshipId, { localStart: '2027-03-12T09:00', timeZone: 'Asia/Tokyo', durationMinutes: 45, channel: 'video' });
 */
export async function proposeMeeting(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  input: ProposeMeeting,
): Promise<MeetingView> {
  const agenda = input.agenda ?? '';
  const { meeting, pair } = await ctx.db.transaction(async (trx) => {
    const { pair } = await lockActiveWithPair(trx, actor, relationshipId);
    const proposer = pair.mentor.id === actor.personId ? pair.mentor : pair.mentee;
    const start = resolveStart(input, proposer.timeZone, ctx.now());
    const meeting = await insertMeeting(trx, actor.organizationId, {
      relationshipId,
      proposedById: actor.personId,
      ...start,
      durationMinutes: input.durationMinutes,
      channel: input.channel,
      ...placeFor(input.channel, input.videoLink, input.location),
      agenda,
      agendaById: agenda ? actor.personId : null,
    });
    const other = proposer === pair.mentor ? pair.mentee : pair.mentor;
    await notify(trx, meetingProposed(actor.organizationId, { ...meeting, relationshipId }, proposer, other));
    return { meeting, pair };
  });
  return presentMeeting(meeting, pair, actor.personId, ctx.now());
}

/**
 * Accept, reschedule, cancel, mark held or missed, set the agenda or record the summary, as the
 * meeting's state machine allows for the caller's side. Marking held records a touch point.
 *
 * @example await changeMeeting(ctx, actor, relationshipId, meetingId, { action: 'cancel', reason: 'Travelling' });
 */
export async function changeMeeting(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  meetingId: string,
  change: MeetingChange,
): Promise<MeetingView> {
  const now = ctx.now();
  const { meeting, pair } = await ctx.db.transaction(async (trx) => {
    const { pair } = await lockActiveWithPair(trx, actor, relationshipId);
    const actorZone = pair.mentor.id === actor.personId ? pair.mentor.timeZone : pair.mentee.timeZone;
    const current = await lockMeetingById(trx, actor.organizationId, relationshipId, meetingId);
    if (!current) throw notFound('meeting');
    const side = current.proposedById === actor.personId ? 'proposer' : 'partner';
    const decision = decideMeetingChange({ status: current.status, action: change.action, side, startsAt: current.startsAt, now });
    if (!decision.allowed) {
      throw decision.code === 'cannot_accept_own_proposal'
        ? forbidden(decision.code, decision.message)
        : conflict(decision.code, decision.message, { status: current.status });
    }
    const changes: MeetingChanges = {
      status: decision.status,
      updatedAt: now,
      sequence: current.sequence + (decision.bumpsSequence ? 1 : 0),
    };
    if (change.action === 'reschedule') {
      const channel = change.input.channel ?? current.channel;
      Object.assign(changes, resolveStart(change.input, actorZone, now), {
        proposedById: actor.personId,
        channel,
        durationMinutes: change.input.durationMinutes ?? current.durationMinutes,
        ...placeFor(
          channel,
          change.input.videoLink === undefined ? current.videoLink : change.input.videoLink,
          change.input.location === undefined ? current.location : change.input.location,
        ),
      });
    }
    if (change.action === 'cancel') changes.cancelReason = change.reason;
    if (change.action === 'set_agenda')
      Object.assign(changes, { agenda: change.agenda, agendaById: change.agenda ? actor.personId : null });
    if (change.action === 'record_summary' || (change.action === 'mark_held' && change.summary)) changes.summary = change.summary ?? '';
    if (change.action === 'mark_held') await touchRelationship(trx, actor.organizationId, relationshipId, current.startsAt);
    return { meeting: await updateMeeting(trx, actor.organizationId, current.id, changes), pair };
  });
  return presentMeeting(meeting, pair, actor.personId, now);
}
