import { z } from 'zod';
import { limits } from '../limits.ts';

/** An identifier of any stored row. */
export const IdSchema = z.uuid();

/** A calendar date without time of day, ISO 8601 (YYYY-MM-DD); year 0000 does not exist in PostgreSQL. */
export const IsoDateSchema = z.iso.date().refine((day) => !day.startsWith('0000'), 'must be a date from year 0001');

/** A point in time, ISO 8601 with offset, as sent by the API. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const EmailSchema = z
  .email()
  .max(limits.emailMax)
  .transform((email) => email.trim().toLowerCase());

export const DisplayNameSchema = z.string().trim().min(1).max(limits.nameMax);

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
