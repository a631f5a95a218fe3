/** When a recurring job runs: every N ms (aligned to the epoch), or daily at a wall-clock time in a time zone. */
export type JobSchedule = { everyMs: number } | { dailyAt: string; timeZone: string };

const wallTime = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The occurrence of a schedule to enqueue at `now`: for `everyMs`, the slot `now` is in (so a
 * process starting mid-slot runs the slot's occurrence unless another process already has); for
 * `dailyAt`, the next time the zone's clocks show it (now or later; a time skipped by a DST change
 * falls an hour later, a repeated one is taken once, the second time). Every process computes the same instant,
 * which names the occurrence.
 *
 * @example occurrenceOf({ dailyAt: '08:00', timeZone: 'Europe/Paris' }, new Date('2026-12-07T10:00:00Z')) // 2026-12-08T07:00:00Z
 */
export function occurrenceOf(schedule: JobSchedule, now: Date): Date {
  if ('everyMs' in schedule) return new Date(Math.floor(now.getTime() / schedule.everyMs) * schedule.everyMs);
  const match = wallTime.exec(schedule.dailyAt);
  if (!match) throw new RangeError('dailyAt must be HH:MM');
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  const today = zonedDate(now, schedule.timeZone);
  const candidate = zonedTimeToInstant({ ...today, hour, minute }, schedule.timeZone);
  if (candidate.getTime() >= now.getTime()) return candidate;
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return zonedTimeToInstant(
    { year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour, minute },
    schedule.timeZone,
  );
}

/** Checks a schedule (a valid interval, HH:MM and an IANA zone); throws RangeError naming what is wrong. */
export function checkSchedule(schedule: JobSchedule): void {
  if ('everyMs' in schedule) {
    if (!Number.isInteger(schedule.everyMs) || schedule.everyMs < 10) throw new RangeError('everyMs must be an integer of at least 10');
    return;
  }
  if (!wallTime.test(schedule.dailyAt)) throw new RangeError('dailyAt must be HH:MM');
  new Intl.DateTimeFormat('en-US', { timeZone: schedule.timeZone }); // throws RangeError on an unknown zone
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function zonedParts(instant: Date, timeZone: string): WallClock & { second: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

function zonedDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

/** The zone's offset from UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

function zonedTimeToInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  // In a DST gap the two guesses differ: the later one is the wall time an hour on.
  return new Date(Math.max(first, second));
}
