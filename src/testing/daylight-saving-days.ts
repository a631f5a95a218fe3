/** A calendar day (YYYY-MM-DD) `offset` days from `day`. */
export function dayFrom(day: string, offset: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** The `n`th Sunday of a month (0-based month), as YYYY-MM-DD. */
function nthSunday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1, 12));
  const firstSunday = 1 + ((7 - first.getUTCDay()) % 7);
  return new Date(Date.UTC(year, month, firstSunday + 7 * (n - 1), 12)).toISOString().slice(0, 10);
}

/**
 * Next year's US daylight-saving changes (the second Sunday of March, the first Sunday of
 * November), so tests of wall-clock times across a change use days the API accepts (meetings are
 * taken from a year back to two years ahead) in whatever year they run.
 *
 * @example const { year, springForward, fallBack } = nextUsDaylightSavingChanges(new Date('2026-12-07')); // 2027, '2027-03-14', '2027-11-07'
 */
export function nextUsDaylightSavingChanges(now: Date = new Date()): { year: number; springForward: string; fallBack: string } {
  const year = now.getUTCFullYear() + 1;
  return { year, springForward: nthSunday(year, 2, 2), fallBack: nthSunday(year, 10, 1) };
}
