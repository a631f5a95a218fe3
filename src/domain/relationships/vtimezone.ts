import { DateTime } from 'luxon';

const minuteMs = 60_000;
/**
 * Offsets are compared three days apart, then a change is pinned to the minute by bisection. The
 * closest two changes of any zone from 1970 to 2045 are a week apart (America/Boa_Vista, October
 * 2000; every zone scanned day by day), so no change hides between two probes, and a year costs
 * about 122 offset reads and 12 more per change (a millisecond or two), whatever the year.
 */
const probeMs = 3 * 86_400_000;

function offsetAt(ms: number, timeZone: string): number {
  return DateTime.fromMillis(ms, { zone: timeZone }).offset;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

// The first minute at which the new offset is in force, between two instants with different offsets.
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

function observance(atMs: number, fromOffset: number, timeZone: string): string[] {
  const at = DateTime.fromMillis(atMs, { zone: timeZone }).setLocale('en-US');
  // DTSTART of an observance is the wall-clock time in the offset in force before it.
  const wallBefore = DateTime.fromMillis(atMs + fromOffset * minuteMs, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss");
  const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallBefore}`,
    `TZOFFSETFROM:${formatOffset(fromOffset)}`,
    `TZOFFSETTO:${formatOffset(at.offset)}`,
    `TZNAME:${at.toFormat('ZZZZ')}`,
    `END:${kind}`,
  ];
}

// One year on the zone's clock: the offset in force at its start, then each change within it.
function observancesOfYear(year: number, timeZone: string): string[] | null {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timeZone });
  const end = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone: timeZone });
  if (!start.isValid || !end.isValid) return null;
  const endMs = end.toMillis();
  const lines = observance(start.toMillis(), start.offset, timeZone);
  let before = start.offset;
  for (let probe = start.toMillis(); probe < endMs; probe += probeMs) {
    const next = Math.min(probe + probeMs, endMs);
    // Each probe's offset is the next one's starting point: read once.
    const after = offsetAt(next, timeZone);
    if (after !== before) lines.push(...observance(transitionBetween(probe, next, timeZone), before, timeZone));
    before = after;
  }
  return lines;
}

/**
 * An RFC 5545 VTIMEZONE for an IANA zone over the given years (on the zone's own clock) and no
 * others: for each year, one observance at its start and one for each offset change in it
 * (exact to the minute), so any reader that does not know the zone still turns the local times
 * of those years into the right instants. The offsets come from the runtime's ICU, built from
 * the IANA tzdata: the same source that turned the meetings' local times into instants.
 *
 * @example
 * buildVTimezone('America/New_York', [2026])
 * // => 'BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000 ...'
 */
export function buildVTimezone(timeZone: string, years: Iterable<number>): string | null {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const observances = observancesOfYear(year, timeZone);
    if (!observances) return null;
    lines.push(...observances);
  }
  if (lines.length === 2) return null;
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}
