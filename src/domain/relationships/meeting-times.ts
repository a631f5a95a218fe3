import { DateTime } from 'luxon';

const dayMs = 86_400_000;
const localFormat = "yyyy-MM-dd'T'HH:mm";

/** A wall-clock time that does not exist in the zone (skipped by a daylight-saving change). */
export type LocalTimeProblem = { problem: 'nonexistent_local_time' | 'invalid_local_time'; message: string };

/**
 * The instant a wall-clock time in an IANA zone stands for. A time skipped by a daylight-saving
 * change (02:30 on the March change in New York) is refused rather than silently moved; a time
 * that happens twice (01:30 on the November change) means its first occurrence.
 *
 * @example
 * instantOfLocalTime('2026-03-10T09:00', 'Asia/Tokyo') // => Date 2026-03-10T00:00:00Z
 * instantOfLocalTime('2026-03-08T02:30', 'America/New_York') // => { problem: 'nonexistent_local_time', ... }
 */
export function instantOfLocalTime(localStart: string, timeZone: string): Date | LocalTimeProblem {
  const wall = DateTime.fromISO(localStart, { zone: 'UTC' });
  if (!wall.isValid || !DateTime.local().setZone(timeZone).isValid)
    return { problem: 'invalid_local_time', message: `is not a valid time in ${timeZone}` };
  // The wall time minus each offset in force around it; the ones that read back the same are
  // its occurrences (none when skipped, two when repeated).
  const offsets = new Set([-dayMs, 0, dayMs].map((shift) => DateTime.fromMillis(wall.toMillis() + shift, { zone: timeZone }).offset));
  const occurrences = [...offsets]
    .map((offset) => wall.toMillis() - offset * 60_000)
    .filter((ms) => DateTime.fromMillis(ms, { zone: timeZone }).toFormat(localFormat) === localStart)
    .sort((a, b) => a - b);
  const first = occurrences[0];
  if (first === undefined)
    return { problem: 'nonexistent_local_time', message: `does not exist in ${timeZone} (the clocks skip it for daylight saving)` };
  return new Date(first);
}

/** A moment on one person's wall clock. */
export type WallClock = { localDateTime: string; utcOffset: string; zoneAbbreviation: string };

/**
 * How an instant reads on a wall clock in a zone: local date-time to the minute, the offset
 * then in force, and the zone's short name.
 *
 * @example
 * wallClockIn(new Date('2026-03-10T00:00:00Z'), 'America/New_York')
 * // => { localDateTime: '2026-03-09T20:00', utcOffset: '-04:00', zoneAbbreviation: 'EDT' }
 */
export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const local = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('en-US');
  return {
    localDateTime: local.toFormat(localFormat),
    utcOffset: local.toFormat('ZZ'),
    zoneAbbreviation: local.toFormat('ZZZZ'),
  };
}

/**
 * A meeting's end: its start plus its length.
 *
 * @example meetingEnd(new Date('2026-01-01T10:00:00Z'), 45) // => 2026-01-01T10:45:00Z
 */
export function meetingEnd(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/**
 * The zone to show a person's times in: their own, or (when their profile has none) the
 * meeting's, flagged as assumed so the web can say so.
 *
 * @example zoneForPerson(null, 'Asia/Tokyo') // => { timeZone: 'Asia/Tokyo', zoneAssumed: true }
 */
export function zoneForPerson(personZone: string | null, meetingZone: string): { timeZone: string; zoneAssumed: boolean } {
  if (personZone && DateTime.local().setZone(personZone).isValid) return { timeZone: personZone, zoneAssumed: false };
  return { timeZone: meetingZone, zoneAssumed: true };
}
