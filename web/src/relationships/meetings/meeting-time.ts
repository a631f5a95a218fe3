import { DateTime } from 'luxon';

const localFormat = "yyyy-MM-dd'T'HH:mm";

/** The browser's own IANA zone, for people whose profile has none. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A local date-time for people: "Thu 11 Mar 2027, 19:00 EST".
 *
 * @example formatWallClock('2027-03-11T19:00', 'EST')
 */
export function formatWallClock(localDateTime: string, zoneAbbreviation: string): string {
  const local = DateTime.fromISO(localDateTime, { zone: 'UTC' }).setLocale('en-GB');
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} ${zoneAbbreviation}`;
}

/** Only the time of day, "19:45", for an end on the same day. */
export function formatTimeOfDay(localDateTime: string): string {
  return localDateTime.slice(11, 16);
}

/** The city part of an IANA zone: "America/New_York" -> "New York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * What a wall-clock time in my zone is on another clock, as the form shows it live; null when
 * the input is empty, a sentence when the time is skipped by a daylight-saving change.
 *
 * @example otherClock('2027-03-12T09:00', 'Asia/Tokyo', 'America/New_York') // { text: 'Thu 11 Mar 2027, 19:00 EST' }
 */
export function otherClock(localStart: string, myZone: string, otherZone: string): { text: string; problem: boolean } | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localStart)) return null;
  const mine = DateTime.fromISO(localStart, { zone: myZone });
  if (!mine.isValid) return null;
  if (mine.toFormat(localFormat) !== localStart)
    return {
      text: `${localStart.replace('T', ' ')} does not exist in ${zoneCity(myZone)}: the clocks skip it for daylight saving.`,
      problem: true,
    };
  const theirs = mine.setZone(otherZone).setLocale('en-US');
  return { text: formatWallClock(theirs.toFormat(localFormat), theirs.toFormat('ZZZZ')), problem: false };
}

/** A local date-time input's value for "tomorrow at 09:00" in a zone. */
export function defaultLocalStart(timeZone: string): string {
  return DateTime.now().setZone(timeZone).plus({ days: 1 }).set({ hour: 9, minute: 0 }).toFormat(localFormat);
}
