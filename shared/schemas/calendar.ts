import { z } from 'zod';
import { TimestampSchema } from './common.ts';

/** Whether the caller has a live calendar feed (its URL is shown only once, when created). */
export const CalendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: TimestampSchema.nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatusSchema>;

/** A new calendar feed: the private URL, given this once; any earlier feed stops working. */
export const CreatedCalendarFeedSchema = z.object({
  url: z.url(),
  createdAt: TimestampSchema,
});
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeedSchema>;

/** A feed file name: the token (43 base64url characters) and `.ics`. */
export const CalendarFeedFileSchema = z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'must be a feed token followed by .ics');
