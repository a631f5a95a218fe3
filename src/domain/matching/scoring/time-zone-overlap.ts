/** Minutes in a day, and the working day (09:00-17:00 local) as minutes after midnight. */
const DAY = 1440;
const WORK_START = 9 * 60;
const WORK_END = 17 * 60;
const WORK_LENGTH = WORK_END - WORK_START;

/**
 * A time zone's offset from UTC, in minutes east, at one instant (Intl, no library). Pass a fixed
 * reference date so summer and winter time are handled the same way for every pair.
 *
 * @example timeZoneOffsetMinutes('America/Sao_Paulo', new Date('2027-01-15T12:00:00Z')) // -180
 */
export function timeZoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`unexpected offset ${name} for ${timeZone}`);
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Shared working minutes on a working day for two people whose UTC offsets differ by
 * `offsetDifference` minutes (either sign). Working days are Monday to Friday, 09:00-17:00 local.
 * Across the date line the overlap falls on the neighbouring day (4 of the 5 working days); at most
 * one of the same, previous or next day can overlap, since offsets differ by at most 26 hours.
 * Allocation-free: the scoring's hot path calls it.
 *
 * @example workingOverlapMinutes(180) // 300 (Lisbon in winter and São Paulo share 5 hours)
 */
export function workingOverlapMinutes(offsetDifference: number): number {
  const d = offsetDifference < 0 ? -offsetDifference : offsetDifference;
  const sameDay = WORK_LENGTH - d;
  if (sameDay > 0) return sameDay;
  const nextDay = WORK_LENGTH - (d > DAY ? d - DAY : DAY - d);
  return Math.max(nextDay, 0);
}

/**
 * Shared working hours a working day between two IANA time zones on a reference date.
 *
 * @example workingHoursOverlap('Europe/Lisbon', 'America/Sao_Paulo', new Date('2027-07-15')) // 4
 */
export function workingHoursOverlap(zoneA: string, zoneB: string, referenceDate: Date): number {
  return workingOverlapMinutes(timeZoneOffsetMinutes(zoneA, referenceDate) - timeZoneOffsetMinutes(zoneB, referenceDate)) / 60;
}
