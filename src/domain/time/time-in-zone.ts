/**
 * A moment as a person reads it: on their clock, or UTC when no zone is known (an invited address
 * has none yet) or the zone is not one this runtime knows, with the zone named. Used by emails and
 * notifications alike.
 *
 * @example timeInZone(new Date('2026-12-21T23:54:00Z'), null) // 'Mon, 21 Dec 2026, 23:54 (UTC)'
 */
export function timeInZone(at: Date, timeZone: string | null): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    }).format(at);
  const zone = timeZone ?? 'UTC';
  try {
    return `${format(zone)} (${zone})`;
  } catch {
    return `${format('UTC')} (UTC)`; // an unknown zone: RangeError
  }
}
