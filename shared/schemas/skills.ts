import { z } from 'zod';
import { IdSchema, SingleLineTextSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

export const skillStatuses = ['approved', 'pending'] as const;

/** An expertise area of the organization's skills list. */
export const SkillSchema = z.object({ id: IdSchema, name: z.string(), status: z.enum(skillStatuses) });
export type Skill = z.infer<typeof SkillSchema>;

/** The skills list's page query: by name, `q` anywhere in the name, narrowed by status (pending for reviewers only). */
export const SkillQuerySchema = SearchPageQuerySchema.extend({
  status: z.enum(skillStatuses).optional().describe('Only approved or only pending skills; members always get approved ones'),
});
export type SkillQuery = z.infer<typeof SkillQuerySchema>;

/** One page of the organization's skills, by name. */
export const SkillPageSchema = pageSchema(SkillSchema);
export type SkillPage = z.infer<typeof SkillPageSchema>;

/** Anyone may suggest a skill (pending until a coordinator reviews it); coordinators add approved ones. */
export const CreateSkillSchema = z.object({ name: SingleLineTextSchema(80).min(2) });
export const ReviewSkillSchema = z.object({ decision: z.enum(['approve', 'reject']) });
