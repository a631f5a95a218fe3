import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { meetingChannelLabels } from '../../../shared/enums.ts';
import type { MeetingRecord } from '../../db/repositories/meeting.repository.ts';
import { instantOfLocalTime, meetingEnd, wallClockIn } from '../../domain/relationships/meeting-times.ts';
import { buildVTimezone } from '../../domain/relationships/vtimezone.ts';

/** A meeting to write into a calendar, with the title as its reader sees it. */
export type CalendarMeeting = { meeting: MeetingRecord; title: string; pageUrl: string };

const statusOf: Record<MeetingRecord['status'], ICalEventStatus> = {
  proposed: ICalEventStatus.TENTATIVE,
  accepted: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  missed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

// In the meeting's own zone when its wall-clock time names exactly this instant (with a
// VTIMEZONE); as a UTC instant otherwise (a repeated autumn hour would be read as the first).
function zonedOrUtc(instant: Date, timeZone: string): DateTime | Date {
  const local = wallClockIn(instant, timeZone).localDateTime;
  const back = instantOfLocalTime(local, timeZone);
  return back instanceof Date && back.getTime() === instant.getTime() ? DateTime.fromJSDate(instant, { zone: timeZone }) : instant;
}

/** The stable UID of a meeting in every calendar it is written to. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@constellation`;
}

/**
 * An RFC 5545 calendar of meetings (one file to download, or a person's feed): a stable UID,
 * SEQUENCE from the meeting's revisions, STATUS (TENTATIVE until accepted, CANCELLED when
 * cancelled), times with TZID and a VTIMEZONE for each zone used. Agendas are included only
 * when asked (a file the person downloads), never summaries.
 *
 * @example buildMeetingCalendar([{ meeting, title: 'Mentoring with Ana', pageUrl }], { name: 'Mentoring', includeAgenda: true, stamp: new Date() })
 */
export function buildMeetingCalendar(entries: CalendarMeeting[], options: { name: string; includeAgenda: boolean; stamp: Date; publish: boolean }): string {
  const years = entries.map((e) => e.meeting.startsAt.getUTCFullYear());
  const fromYear = Math.min(...years, options.stamp.getUTCFullYear()) - 1;
  const toYear = Math.max(...years, options.stamp.getUTCFullYear()) + 1;
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Constellation', product: 'Mentoring meetings', language: 'EN' },
    timezone: { name: null, generator: (zone) => buildVTimezone(zone, fromYear, toYear) },
    ...(options.publish ? { method: ICalCalendarMethod.PUBLISH } : {}),
  });
  for (const { meeting, title, pageUrl } of entries) {
    const start = zonedOrUtc(meeting.startsAt, meeting.timeZone);
    const end = zonedOrUtc(meetingEnd(meeting.startsAt, meeting.durationMinutes), meeting.timeZone);
    const zoned = start instanceof DateTime && end instanceof DateTime;
    const description = [
      `${meetingChannelLabels[meeting.channel]} meeting.`,
      options.includeAgenda && meeting.agenda ? `Agenda:\n${meeting.agenda}` : '',
      meeting.status === 'cancelled' && meeting.cancelReason ? `Cancelled: ${meeting.cancelReason}` : '',
      `Open in Constellation: ${pageUrl}`,
    ].filter(Boolean);
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      start: zoned ? start : meeting.startsAt,
      end: zoned ? end : meetingEnd(meeting.startsAt, meeting.durationMinutes),
      timezone: zoned ? meeting.timeZone : null,
      stamp: options.stamp,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      summary: meeting.status === 'cancelled' ? `Cancelled: ${title}` : title,
      description: description.join('\n\n'),
      location: meeting.location ?? meeting.videoLink ?? null,
      url: meeting.videoLink ?? pageUrl,
      status: statusOf[meeting.status],
    });
  }
  return calendar.toString();
}
