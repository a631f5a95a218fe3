import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { calendarFeedWindow } from '../../../shared/limits.ts';
import {
  findLiveCalendarFeedByTokenHash,
  findLiveCalendarFeedOfPerson,
  insertCalendarFeed,
  revokeCalendarFeedsOfPerson,
} from '../../db/repositories/calendar-feed.repository.ts';
import { findMeetingById, listMeetingsOfPerson } from '../../db/repositories/meeting.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { createToken, hashToken } from '../security/tokens.ts';
import { buildMeetingCalendar } from './meeting-ics.ts';
import { loadPairPeople } from './meeting-view.ts';
import { getRelationshipAsParticipant } from './relationship-access.ts';

/** How many meetings a feed holds at most (with its window in shared/limits.ts: bounded work per poll). */
const feedMeetingsMax = 500;

/** A calendar file: its body and a strong ETag of it. */
export type CalendarFile = { body: string; etag: string; filename: string };

function calendarFile(body: string, filename: string): CalendarFile {
  return { body, filename, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

function relationshipUrl(origin: string, relationshipId: string): string {
  return `${origin}/relationships/${relationshipId}`;
}

/**
 * One meeting as a .ics file, for one of the pair only (with the agenda; never the summary).
 *
 * @example const file = await getMeetingCalendarFile(ctx, actor, relationshipId, meetingId, 'https://mentoring.example.org');
 */
export async function getMeetingCalendarFile(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  meetingId: string,
  origin: string,
): Promise<CalendarFile> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const meeting = await findMeetingById(ctx.db, actor.organizationId, relationshipId, meetingId);
  if (!meeting) throw notFound('meeting');
  const pair = await loadPairPeople(ctx, relationship);
  const partner = pair.mentor.id === actor.personId ? pair.mentee : pair.mentor;
  // The stamp is the meeting's last change, so an unchanged meeting gives the same bytes (and ETag).
  const body = buildMeetingCalendar(
    [{ meeting, title: `Mentoring with ${partner.name}`, pageUrl: relationshipUrl(origin, relationshipId) }],
    {
      name: `Mentoring with ${partner.name}`,
      includeAgenda: true,
      stamp: meeting.updatedAt,
      publish: true,
    },
  );
  return calendarFile(body, `mentoring-${meeting.startsAt.toISOString().slice(0, 10)}.ics`);
}

/** Whether the caller has a live calendar feed, and since when. */
export async function getCalendarFeedStatus(ctx: ServiceContext, actor: Actor): Promise<{ active: boolean; createdAt: Date | null }> {
  const feed = await findLiveCalendarFeedOfPerson(ctx.db, actor.organizationId, actor.personId);
  return { active: feed !== null, createdAt: feed?.createdAt ?? null };
}

/**
 * A new private feed URL with all the caller's meetings. The token is shown this once and only
 * its HMAC is stored; any earlier feed of the caller stops working.
 *
 * @example const { url } = await createCalendarFeed(ctx, actor, 'https://mentoring.example.org');
 */
export async function createCalendarFeed(ctx: ServiceContext, actor: Actor, origin: string): Promise<{ url: string; createdAt: Date }> {
  const token = createToken();
  const feed = await ctx.db.transaction(async (trx) => {
    await revokeCalendarFeedsOfPerson(trx, actor.organizationId, actor.personId, ctx.now());
    return insertCalendarFeed(trx, actor.organizationId, actor.personId, hashToken(ctx.secret, token));
  });
  return { url: `${origin}/api/v1/calendar-feeds/${token}.ics`, createdAt: feed.createdAt };
}

/** Revokes the caller's feed: its URL answers not found from now on. */
export async function revokeCalendarFeed(ctx: ServiceContext, actor: Actor): Promise<void> {
  const revoked = await revokeCalendarFeedsOfPerson(ctx.db, actor.organizationId, actor.personId, ctx.now());
  if (revoked === 0) throw notFound('calendar_feed');
}

/**
 * The feed behind a token, without a session (the token is the secret): the person's meetings
 * across their relationships within the feed window (90 days back, 18 months ahead), bounded in
 * number. Agendas stay out (feeds are fetched by third-party calendar servers); unknown and
 * revoked tokens are not found.
 *
 * @example const file = await renderCalendarFeed(ctx, token, origin);
 */
export async function renderCalendarFeed(ctx: ServiceContext, token: string, origin: string): Promise<CalendarFile> {
  const feed = await findLiveCalendarFeedByTokenHash(ctx.db, hashToken(ctx.secret, token));
  if (!feed) throw notFound('calendar_feed');
  const now = DateTime.fromJSDate(ctx.now(), { zone: 'UTC' });
  const window = {
    from: now.minus({ days: calendarFeedWindow.pastDays }).toJSDate(),
    to: now.plus({ months: calendarFeedWindow.futureMonths }).toJSDate(),
  };
  const meetings = await listMeetingsOfPerson(ctx.db, feed.organizationId, feed.personId, window, feedMeetingsMax);
  const partnerOf = (meeting: (typeof meetings)[number]) => (meeting.mentorId === feed.personId ? meeting.menteeId : meeting.mentorId);
  const people = await findPeopleByIds(ctx.db, feed.organizationId, [...new Set(meetings.map(partnerOf))]);
  const nameById = new Map(people.map((person) => [person.id, person.displayName]));
  const entries = meetings.map((meeting) => ({
    meeting,
    title: `Mentoring with ${nameById.get(partnerOf(meeting)) ?? 'your partner'}`,
    pageUrl: relationshipUrl(origin, meeting.relationshipId),
  }));
  // The stamp is the newest change, so an unchanged feed gives the same bytes (and ETag).
  const stamp = new Date(Math.max(feed.createdAt.getTime(), ...meetings.map((m) => m.updatedAt.getTime())));
  return calendarFile(
    buildMeetingCalendar(entries, { name: 'Mentoring meetings', includeAgenda: false, stamp, publish: false }),
    'mentoring.ics',
  );
}
