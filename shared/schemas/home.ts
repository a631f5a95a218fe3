import { z } from 'zod';
import { ProgramSchema } from './programs.ts';
import { SessionSchema } from './auth.ts';

/**
 * What a person's home page shows, bounded whatever the organization's size: the first 20
 * programs (by name) they coordinate and the first 20 where they take part.
 */
export const HomeSchema = SessionSchema.extend({
  coordinating: z.array(ProgramSchema),
  participating: z.array(ProgramSchema),
  /** More programs to coordinate than listed: GET /programs pages through them. */
  coordinatingMore: z.boolean(),
  /** More programs taken part in than listed. */
  participatingMore: z.boolean(),
  /** Whether the person may create programs (org admins and coordinators). */
  canCreatePrograms: z.boolean(),
  /** Whether the person may invite people (org admins). */
  canInvite: z.boolean(),
});
export type Home = z.infer<typeof HomeSchema>;
