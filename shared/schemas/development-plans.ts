import { z } from 'zod';
import { mentoringFunctions } from '../enums.ts';
import { limits } from '../limits.ts';
import { IdSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';

export const planCommentKinds = ['encouragement', 'suggestion'] as const;
export type PlanCommentKind = (typeof planCommentKinds)[number];

/** One development need: what to grow in, the transition ahead, and what would help. */
export const DevelopmentNeedInputSchema = z.object({
  /** Kept when editing an existing need; new needs get one. */
  id: IdSchema.optional(),
  text: z.string().trim().min(1, 'must not be empty').max(limits.developmentNeedTextMax),
  transition: SingleLineTextSchema(limits.developmentTransitionMax).default(''),
  functions: z
    .array(z.enum(mentoringFunctions))
    .max(mentoringFunctions.length)
    .refine((functions) => new Set(functions).size === functions.length, 'lists each function once')
    .default([]),
  expertiseAreas: z
    .array(SingleLineTextSchema(limits.expertiseAreaMax).min(1, 'must not be empty'))
    .max(limits.expertiseAreasMax)
    .default([]),
});

/** PUT /me/development-plan: the whole plan, and whether the supervisor may see it. */
export const SaveDevelopmentPlanSchema = z.object({
  needs: z.array(DevelopmentNeedInputSchema).max(limits.developmentNeedsMax),
  sharedWithSupervisor: z.boolean(),
});
export type SaveDevelopmentPlan = z.infer<typeof SaveDevelopmentPlanSchema>;

export const DevelopmentNeedSchema = z.object({
  id: IdSchema,
  text: z.string(),
  transition: z.string(),
  functions: z.array(z.enum(mentoringFunctions)),
  expertiseAreas: z.array(z.string()),
});
export type DevelopmentNeed = z.infer<typeof DevelopmentNeedSchema>;

/** A supervisor's encouragement or suggestion on a shared plan. */
export const PlanCommentSchema = z.object({
  id: IdSchema,
  authorId: IdSchema,
  authorName: z.string(),
  kind: z.enum(planCommentKinds),
  body: z.string(),
  createdAt: TimestampSchema,
});
export type PlanComment = z.infer<typeof PlanCommentSchema>;

export const CreatePlanCommentSchema = z.object({
  kind: z.enum(planCommentKinds),
  body: z.string().trim().min(1, 'must not be empty').max(limits.planCommentMax),
});
export type CreatePlanComment = z.infer<typeof CreatePlanCommentSchema>;

/** A person's plan; `supervisor` is whom it can be shared with (null when none is set). */
export const DevelopmentPlanSchema = z.object({
  person: z.object({ id: IdSchema, displayName: z.string() }),
  needs: z.array(DevelopmentNeedSchema),
  sharedWithSupervisor: z.boolean(),
  sharedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema.nullable(),
  supervisor: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  comments: z.array(PlanCommentSchema),
});
export type DevelopmentPlan = z.infer<typeof DevelopmentPlanSchema>;
