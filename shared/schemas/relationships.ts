import { z } from 'zod';
import { relationshipStages } from '../enums.ts';
import { IdSchema, TimestampSchema } from './common.ts';

/** One side of a relationship as the other side (and coordinators) see it. */
export const RelationshipPersonSchema = z.object({ id: IdSchema, name: z.string(), timeZone: z.string().nullable() });

/** A relationship as its pair or a coordinator sees it: the shape, never the pair's content. */
export const RelationshipDetailSchema = z.object({
  id: IdSchema,
  program: z.object({ id: IdSchema, name: z.string(), type: z.enum(['one_to_one', 'group', 'self_directed']) }),
  mentor: RelationshipPersonSchema,
  mentee: RelationshipPersonSchema,
  status: z.enum(['active', 'closed']),
  stage: z.enum(relationshipStages),
  source: z.enum(['matching', 'request', 'manual']),
  startedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  lastTouchAt: TimestampSchema.nullable(),
  /** The caller's side, or `coordinator` for the program's coordinators and org admins. */
  viewerRole: z.enum(['mentor', 'mentee', 'coordinator']),
});
export type RelationshipDetail = z.infer<typeof RelationshipDetailSchema>;
