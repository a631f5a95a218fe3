import { z } from 'zod';
import { IdSchema, SingleLineTextSchema } from './common.ts';

export const skillStatuses = ['approved', 'pending'] as const;

/** An expertise area of the organization's skills list. */
export const SkillSchema = z.object({ id: IdSchema, name: z.string(), status: z.enum(skillStatuses) });
export type Skill = z.infer<typeof SkillSchema>;
export const SkillListSchema = z.object({ skills: z.array(SkillSchema) });

/** Anyone may suggest a skill (pending until a coordinator reviews it); coordinators add approved ones. */
export const CreateSkillSchema = z.object({ name: SingleLineTextSchema(80).min(2) });
export const ReviewSkillSchema = z.object({ decision: z.enum(['approve', 'reject']) });
