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

// Line breaks of every kind (CRLF, CR, LF, NEL, the Unicode line and paragraph separators).
const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Other control characters, which RFC 5545 TEXT may not hold (a horizontal tab it may).
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters and remove them
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Every text the calendar carries goes through here: line breaks of any kind become one newline
 * and other control characters go. ical-generator then escapes event properties itself (`\`,
 * `;`, `,` and newlines, RFC 5545 3.3.11); the calendar's own NAME and X-WR-CALNAME it writes as
 * given, so `escaped` does the same escaping for them. Either way nothing a person typed (or a
 * name stored before names were checked) can end a property and start another.
 */
function calendarText(text: string, options: { escaped: boolean } = { escaped: false }): string {
  const plain = text.replace(lineBreak, '\n').replace(controlCharacter, '');
  return options.escaped ? plain.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n') : plain;
}

// The years each zone's VTIMEZONE must cover: those of the meetings' start and end on its clock.
function yearsByZone(zonedMeetings: Array<{ timeZone: string; start: DateTime; end: DateTime }>): Map<string, Set<number>> {
  const years = new Map<string, Set<number>>();
  for (const { timeZone, start, end } of zonedMeetings) {
    const zoneYears = years.get(timeZone) ?? new Set<number>();
    zoneYears.add(start.year).add(end.year);
    years.set(timeZone, zoneYears);
  }
  return years;
}

/** The stable UID of a meeting in every calendar it is written to. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@constellation`;
}

/**
 * An RFC 5545 calendar of meetings (one file to download, or a person's feed): a stable UID,
 * SEQUENCE from the meeting's revisions, STATUS (TENTATIVE until accepted, CANCELLED when
 * cancelled), times with TZID and a VTIMEZONE for each zone used, covering only the years its
 * meetings fall in (so a file costs what it holds). Agendas are included only when asked (a
 * file the person downloads), never summaries. Every text is written through `calendarText`.
 *
 * @example buildMeetingCalendar([{ meeting, title: 'Mentoring with Ana', pageUrl }], { name: 'Mentoring', includeAgenda: true, stamp: new Date() })
 */
export function buildMeetingCalendar(
  entries: CalendarMeeting[],
  options: { name: string; includeAgenda: boolean; stamp: Date; publish: boolean },
): string {
  const timed = entries.map((entry) => {
    const start = zonedOrUtc(entry.meeting.startsAt, entry.meeting.timeZone);
    const end = zonedOrUtc(meetingEnd(entry.meeting.startsAt, entry.meeting.durationMinutes), entry.meeting.timeZone);
    return {
      ...entry,
      zone: start instanceof DateTime && end instanceof DateTime ? { timeZone: entry.meeting.timeZone, start, end } : null,
    };
  });
  const zoneYears = yearsByZone(timed.flatMap((entry) => (entry.zone ? [entry.zone] : [])));
  const calendar = ical({
    name: calendarText(options.name, { escaped: true }),
    prodId: { company: 'Constellation', product: 'Mentoring meetings', language: 'EN' },
    timezone: { name: null, generator: (zone) => buildVTimezone(zone, zoneYears.get(zone) ?? []) },
    ...(options.publish ? { method: ICalCalendarMethod.PUBLISH } : {}),
  });
  for (const { meeting, title, pageUrl, zone } of timed) {
    const description = [
      `${meetingChannelLabels[meeting.channel]} meeting.`,
      options.includeAgenda && meeting.agenda ? `Agenda:\n${meeting.agenda}` : '',
      meeting.status === 'cancelled' && meeting.cancelReason ? `Cancelled: ${meeting.cancelReason}` : '',
      `Open in Constellation: ${pageUrl}`,
    ].filter(Boolean);
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      start: zone ? zone.start : meeting.startsAt,
      end: zone ? zone.end : meetingEnd(meeting.startsAt, meeting.durationMinutes),
      timezone: zone ? zone.timeZone : null,
      stamp: options.stamp,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      summary: calendarText(meeting.status === 'cancelled' ? `Cancelled: ${title}` : title),
      description: calendarText(description.join('\n\n')),
      location: calendarText(meeting.location ?? meeting.videoLink ?? '') || null,
      url: calendarText(meeting.videoLink ?? pageUrl),
      status: statusOf[meeting.status],
    });
  }
  return calendar.toString();
}
