import { z } from 'zod';
import { limits, type DateRange } from '../limits.ts';

/** An identifier of any stored row. */
export const IdSchema = z.uuid();

/** A calendar date without time of day, ISO 8601 (YYYY-MM-DD); year 0000 does not exist in PostgreSQL. */
export const IsoDateSchema = z.iso
  .date()
  .refine((day) => !day.startsWith('0000'), { message: 'must be a date from year 0001', abort: true });

/** A point in time, ISO 8601 with offset, as sent by the API. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const EmailSchema = z
  .email()
  .max(limits.emailMax)
  .transform((email) => email.trim().toLowerCase());

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: none belongs in one line of text. */
const lineBreakingCharacter = /[\p{Cc}\u2028\u2029]/u;

/**
 * Whether a text is one line: no control character (a CR or LF would let a name plant lines in a
 * calendar file or a header) and no Unicode line or paragraph separator.
 *
 * @example isSingleLine('Ana Souza') // true
 * @example isSingleLine('Ana\r\nBEGIN:VEVENT') // false
 */
export function isSingleLine(text: string): boolean {
  return !lineBreakingCharacter.test(text);
}

/** The message for a text that is not one line, the same in the API, the import and the CLI. */
export const singleLineMessage = 'must be one line, without control characters';

/**
 * Text of one line, trimmed, at most `max` characters: every name, title and label (multi-line
 * fields such as notes, agendas and summaries keep their newlines and do not use it).
 *
 * @example const TitleSchema = SingleLineTextSchema(limits.shortTextMax).min(1)
 */
export function SingleLineTextSchema(max: number) {
  return z.string().trim().max(max).refine(isSingleLine, singleLineMessage);
}

export const DisplayNameSchema = SingleLineTextSchema(limits.nameMax).min(1);

/**
 * The first and last day `range` allows on the given day (UTC), as YYYY-MM-DD: what the API
 * accepts and what the web's date inputs offer as their min and max.
 *
 * @example dayBounds(dateRanges.meeting, new Date('2026-03-10T12:00:00Z')) // { min: '2025-03-10', max: '2028-03-10' }
 */
export function dayBounds(range: DateRange, today: Date = new Date()): { min: string; max: string } {
  const shifted = (years: number) => {
    const day = new Date(today.getTime());
    day.setUTCFullYear(today.getUTCFullYear() + years);
    return day.toISOString().slice(0, 10);
  };
  return { min: shifted(-range.yearsBack), max: shifted(range.yearsAhead) };
}

/**
 * A date or date-time schema narrowed to `range` around today: the calendar day it names (its
 * first ten characters) must lie within the range, checked when the input is read; outside it is
 * an issue on the field that names the days allowed.
 *
 * @example const DueOnSchema = datedWithin(IsoDateSchema, dateRanges.plan)
 */
export function datedWithin<S extends z.ZodType<string>>(schema: S, range: DateRange): S {
  return schema.superRefine((value, ctx) => {
    const day = value.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const { min, max } = dayBounds(range);
    if (day < min || day > max) ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}`, input: value });
  });
}

export const PasswordSchema = z.string().min(limits.passwordMin).max(limits.passwordMax);

/** The body of every error the API answers with. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ErrorSchema>;

/** One field-level problem in a validation error's details. */
export const FieldIssueSchema = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;
