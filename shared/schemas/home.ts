import { z } from 'zod';
import { ProgramSchema } from './programs.ts';
import { SessionSchema } from './auth.ts';

/** What a person's home page shows: what they coordinate and where they take part. */
export const HomeSchema = SessionSchema.extend({
  coordinating: z.array(ProgramSchema),
  participating: z.array(ProgramSchema),
  /** Whether the person may create programs (org admins and coordinators). */
  canCreatePrograms: z.boolean(),
  /** Whether the person may invite people (org admins). */
  canInvite: z.boolean(),
});
export type Home = z.infer<typeof HomeSchema>;
