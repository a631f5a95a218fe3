import { DateTime } from 'luxon';

const dayMs = 86_400_000;
const minuteMs = 60_000;

function offsetAt(ms: number, timeZone: string): number {
  return DateTime.fromMillis(ms, { zone: timeZone }).offset;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

// The first minute at which the new offset is in force, between two instants a day apart.
function transitionBetween(beforeMs: number, afterMs: number, timeZone: string): number {
  const before = offsetAt(beforeMs, timeZone);
  let low = beforeMs;
  let high = afterMs;
  while (high - low > minuteMs) {
    const middle = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

function component(atMs: number, fromOffset: number, timeZone: string): string[] {
  const at = DateTime.fromMillis(atMs, { zone: timeZone }).setLocale('en-US');
  // DTSTART of an observance is the wall-clock time in the offset in force before it.
  const wallBefore = DateTime.fromMillis(atMs + fromOffset * minuteMs, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss");
  const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [`BEGIN:${kind}`, `DTSTART:${wallBefore}`, `TZOFFSETFROM:${formatOffset(fromOffset)}`, `TZOFFSETTO:${formatOffset(at.offset)}`, `TZNAME:${at.toFormat('ZZZZ')}`, `END:${kind}`];
}

/**
 * An RFC 5545 VTIMEZONE for an IANA zone over whole years: one observance at the start of the
 * range and one for each offset change found in it (exact to the minute), so any reader that
 * does not know the zone still turns local times into the right instants.
 *
 * @example
 * buildVTimezone('America/New_York', 2026, 2026)
 * // => 'BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000 ...'
 */
export function buildVTimezone(timeZone: string, fromYear: number, toYear: number): string | null {
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: timeZone });
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: timeZone });
  if (!start.isValid || !end.isValid) return null;
  const startMs = start.toMillis();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...component(startMs, start.offset, timeZone)];
  for (let day = startMs; day < end.toMillis(); day += dayMs) {
    const next = Math.min(day + dayMs, end.toMillis());
    const before = offsetAt(day, timeZone);
    if (offsetAt(next, timeZone) !== before) lines.push(...component(transitionBetween(day, next, timeZone), before, timeZone));
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}
