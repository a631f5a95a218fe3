import { z } from 'zod';
import { mentoringApproaches, checklistStatuses, designChecklistItems, programRoles, programStatuses, programTypes } from '../enums.ts';
import { dateRanges, limits } from '../limits.ts';
import { datedWithin, IdSchema, IsoDateSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

export const ChecklistEntrySchema = z.object({
  status: z.enum(checklistStatuses),
  answer: z.string().trim().max(limits.checklistAnswerMax),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;

/** Every item of the design checklist, each answered or marked open. */
export const DesignChecklistSchema = z.object(
  Object.fromEntries(designChecklistItems.map((item) => [item, ChecklistEntrySchema])) as Record<
    (typeof designChecklistItems)[number],
    typeof ChecklistEntrySchema
  >,
);
export type DesignChecklist = z.infer<typeof DesignChecklistSchema>;

const programFields = {
  name: SingleLineTextSchema(limits.nameMax).min(1),
  type: z.enum(programTypes),
  status: z.enum(programStatuses),
  purpose: z.string().trim().max(limits.longTextMax),
  organizationalGoals: z.string().trim().max(limits.longTextMax),
  startsOn: datedWithin(IsoDateSchema, dateRanges.plan).nullable(),
  endsOn: datedWithin(IsoDateSchema, dateRanges.plan).nullable(),
  designChecklist: DesignChecklistSchema.partial(),
  /** The approach the program is designed around; applicants who assume another are flagged. */
  intendedApproach: z.enum(mentoringApproaches).nullable(),
  /** Most mentees the program takes; accepted mentees beyond it wait in order. */
  menteeLimit: z.number().int().min(1).max(100_000).nullable(),
  /** Criteria shown as a checklist on each application. */
  selectionCriteria: z.array(SingleLineTextSchema(200).min(1)).max(20),
};

export const CreateProgramSchema = z.object({
  ...programFields,
  status: programFields.status.default('draft'),
  purpose: programFields.purpose.default(''),
  organizationalGoals: programFields.organizationalGoals.default(''),
  startsOn: programFields.startsOn.default(null),
  endsOn: programFields.endsOn.default(null),
  designChecklist: programFields.designChecklist.default({}),
  intendedApproach: programFields.intendedApproach.default(null),
  menteeLimit: programFields.menteeLimit.default(null),
  selectionCriteria: programFields.selectionCriteria.default([]),
});
export type CreateProgram = z.input<typeof CreateProgramSchema>;

export const UpdateProgramSchema = z.object(programFields).partial();
export type UpdateProgram = z.infer<typeof UpdateProgramSchema>;

export const EnrolmentCountsSchema = z.object(
  Object.fromEntries(programRoles.map((role) => [role, z.number().int()])) as Record<(typeof programRoles)[number], z.ZodNumber>,
);
export type EnrolmentCounts = z.infer<typeof EnrolmentCountsSchema>;

export const ProgramSchema = z.object({
  id: IdSchema,
  name: z.string(),
  type: z.enum(programTypes),
  status: z.enum(programStatuses),
  purpose: z.string(),
  organizationalGoals: z.string(),
  startsOn: IsoDateSchema.nullable(),
  endsOn: IsoDateSchema.nullable(),
  designChecklist: DesignChecklistSchema,
  intendedApproach: z.enum(mentoringApproaches).nullable(),
  menteeLimit: z.number().int().nullable(),
  selectionCriteria: z.array(z.string()),
  /** The current intake form version (null until the coordinator saves one). */
  intakeFormVersion: z.number().int().nullable(),
  enrolmentCounts: EnrolmentCountsSchema,
  /** The caller's own roles in this program. */
  myRoles: z.array(z.enum(programRoles)),
  /** Whether the caller may edit the program and enrol people. */
  canManage: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Program = z.infer<typeof ProgramSchema>;

export const ProgramListSchema = z.object({ programs: z.array(ProgramSchema) });

/** The programs list's page query: by name, `q` over the name, narrowed by status. */
export const ProgramQuerySchema = SearchPageQuerySchema.extend({
  status: z.enum(programStatuses).optional().describe('Only draft, active or closed programs (all when left out)'),
});
export type ProgramQuery = z.infer<typeof ProgramQuerySchema>;

/** One page of the programs the caller can see, by name. */
export const ProgramPageSchema = pageSchema(ProgramSchema);
export type ProgramPage = z.infer<typeof ProgramPageSchema>;
