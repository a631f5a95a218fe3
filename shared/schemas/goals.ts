import { z } from 'zod';
import { mentoringFunctions } from '../enums.ts';
import { dateRanges, limits } from '../limits.ts';
import { datedWithin, IdSchema, IsoDateSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';

export const goalStatuses = ['active', 'met', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const goalRevisionKinds = ['created', 'progress', 'refined', 'status'] as const;

const goalText = z.string().trim().max(limits.goalTextMax);
const note = SingleLineTextSchema(limits.shortTextMax);
/** A goal's or a milestone's due date, within the years plans reach. */
const DueOnSchema = datedWithin(IsoDateSchema, dateRanges.plan);

/** A goal's wording, one field per SMART letter; only the outcome is required. */
export const GoalWordingSchema = z.object({
  /** S: the specific outcome. */
  specific: goalText.min(1),
  /** M: how the pair will know it is done. */
  measure: goalText.default(''),
  /** A: why it is within reach. */
  achievable: goalText.default(''),
  /** R: how it serves the mentee's career plan. */
  relevant: goalText.default(''),
  /** T: the due date. */
  dueOn: DueOnSchema.nullable().default(null),
});

export const CreateGoalSchema = GoalWordingSchema.extend({
  functions: z.array(z.enum(mentoringFunctions)).max(mentoringFunctions.length).default([]),
});
export type CreateGoal = z.infer<typeof CreateGoalSchema>;

/** A refinement: the fields given replace the wording (the old wording is kept in the history). */
export const RefineGoalSchema = z.object({
  specific: goalText.min(1).optional(),
  measure: goalText.optional(),
  achievable: goalText.optional(),
  relevant: goalText.optional(),
  dueOn: DueOnSchema.nullable().optional(),
  note: note.default(''),
});
export type RefineGoal = z.infer<typeof RefineGoalSchema>;

export const UpdateGoalProgressSchema = z.object({ progress: z.number().int().min(0).max(100), note: note.default('') });
export type UpdateGoalProgress = z.infer<typeof UpdateGoalProgressSchema>;

export const ChangeGoalStatusSchema = z.object({ status: z.enum(goalStatuses), note: note.default('') });
export type ChangeGoalStatus = z.infer<typeof ChangeGoalStatusSchema>;

export const AddMilestoneSchema = z.object({
  title: SingleLineTextSchema(limits.shortTextMax).min(1),
  dueOn: DueOnSchema.nullable().default(null),
});
export type AddMilestone = z.infer<typeof AddMilestoneSchema>;

export const TickMilestoneSchema = z.object({ done: z.boolean() });

/** A SMART letter the wording leaves out, with the field to fill and a hint. A warning, not an error. */
export const SmartWarningSchema = z.object({
  letter: z.enum(['S', 'M', 'A', 'R', 'T']),
  field: z.enum(['specific', 'measure', 'achievable', 'relevant', 'dueOn']),
  hint: z.string(),
});
export type SmartWarning = z.infer<typeof SmartWarningSchema>;

export const GoalMilestoneSchema = z.object({
  id: IdSchema,
  title: z.string(),
  dueOn: IsoDateSchema.nullable(),
  doneAt: TimestampSchema.nullable(),
});
export type GoalMilestone = z.infer<typeof GoalMilestoneSchema>;

/** A goal as the pair sees it (goals are shared between the two). */
export const GoalSchema = z.object({
  id: IdSchema,
  specific: z.string(),
  measure: z.string(),
  achievable: z.string(),
  relevant: z.string(),
  dueOn: IsoDateSchema.nullable(),
  progress: z.number().int(),
  status: z.enum(goalStatuses),
  functions: z.array(z.enum(mentoringFunctions)),
  createdById: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  metAt: TimestampSchema.nullable(),
  milestones: z.array(GoalMilestoneSchema),
  /** Letters the wording is missing (empty for a full SMART goal). */
  smartWarnings: z.array(SmartWarningSchema),
});
export type Goal = z.infer<typeof GoalSchema>;

export const GoalListSchema = z.object({ goals: z.array(GoalSchema) });

/** One entry of a goal's history; a refinement keeps the wording as it was before. */
export const GoalRevisionSchema = z.object({
  id: IdSchema,
  kind: z.enum(goalRevisionKinds),
  progress: z.number().int(),
  previousWording: GoalWordingSchema.nullable(),
  note: z.string(),
  changedById: IdSchema,
  changedAt: TimestampSchema,
});
export type GoalRevision = z.infer<typeof GoalRevisionSchema>;

export const GoalHistorySchema = z.object({ revisions: z.array(GoalRevisionSchema) });

/** The shape of a relationship's goals, without their wording: for coordinators too. */
export const GoalSummarySchema = z.object({
  /** Goals not dropped. */
  count: z.number().int(),
  met: z.number().int(),
  dropped: z.number().int(),
  /** Mean progress of the goals not dropped, 0-100 (0 without goals). */
  averageProgress: z.number(),
  /** Share (0-1) of the goals not dropped that are past 70%. */
  shareAbove70: z.number(),
  /** When the last goal was met, once every goal not dropped is met. */
  allMetAt: TimestampSchema.nullable(),
  /** Due dates of the active goals, soonest first. */
  dueDates: z.array(IsoDateSchema),
});
export type GoalSummary = z.infer<typeof GoalSummarySchema>;
