import { z } from 'zod';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema } from './paging.ts';

/** "Here's what's been going on": a short message to the partner between meetings. */
export const CreateCheckInSchema = z.object({ body: z.string().trim().min(1).max(limits.checkInMax) });
export type CreateCheckIn = z.infer<typeof CreateCheckInSchema>;

export const CheckInSchema = z.object({
  id: IdSchema,
  authorId: IdSchema,
  mine: z.boolean(),
  body: z.string(),
  createdAt: TimestampSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** A page of a pair's check-ins, newest first. */
export const CheckInPageSchema = pageSchema(CheckInSchema);
