import type { DateRange } from '../../../shared/limits.ts';
import { dayBounds } from '../../../shared/schemas/common.ts';

/**
 * The `min` and `max` of a date input (`type="date"`), from the same range the API checks, so the
 * browser's picker offers only days the API accepts.
 *
 * @example <TextInput type="date" {...dateInputBounds(dateRanges.plan)} />
 */
export function dateInputBounds(range: DateRange): { min: string; max: string } {
  return dayBounds(range);
}

/** The same for a `type="datetime-local"` input: from the first minute of the first day to the last of the last. */
export function dateTimeInputBounds(range: DateRange): { min: string; max: string } {
  const { min, max } = dayBounds(range);
  return { min: `${min}T00:00`, max: `${max}T23:59` };
}
