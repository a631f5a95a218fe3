import { z } from 'zod';
import { applicationRoles, applicationStatuses, mentoringApproaches } from '../enums.ts';
import { dateRanges } from '../limits.ts';
import { datedWithin, IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, PageQuerySchema, SearchPageQuerySchema } from './paging.ts';
import { AnswersSchema, IntakeFormSchema } from './intake-forms.ts';

export const ApplicationEventSchema = z.object({
  fromStatus: z.enum(applicationStatuses).nullable(),
  toStatus: z.enum(applicationStatuses),
  changedBy: z.string(),
  reason: z.string(),
  changedAt: TimestampSchema,
});

/** Why an application may be headed for trouble: assumptions that differ. */
export const AssumptionMismatchSchema = z.object({
  kind: z.enum(['differs_from_program', 'stated_differs_from_interviewed']),
  message: z.string(),
});

export const ApplicationSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  programName: z.string(),
  personId: IdSchema,
  applicant: z.object({ displayName: z.string(), email: z.string(), department: z.string().nullable() }),
  role: z.enum(applicationRoles),
  status: z.enum(applicationStatuses),
  answers: AnswersSchema,
  /** The intake form version the applicant answered. */
  intakeForm: IntakeFormSchema.nullable(),
  statedApproach: z.enum(mentoringApproaches).nullable(),
  /** Coordinators only: selection criteria checked off for this application. */
  selectionChecklist: z.record(z.string(), z.boolean()).optional(),
  /** Coordinators only. */
  mismatches: z.array(AssumptionMismatchSchema).optional(),
  waitlistPosition: z.number().int().nullable(),
  history: z.array(ApplicationEventSchema),
  submittedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;
export const ApplicationPageSchema = pageSchema(ApplicationSchema);

/** A program's applications by applicant name, or newest first. */
export const applicationSorts = ['name', 'newest'] as const;

/** Which of a program's applications, in what order: `q` matches the applicant's name or email. */
export const ProgramApplicationQuerySchema = SearchPageQuerySchema.extend({
  status: z.enum(applicationStatuses).optional(),
  role: z.enum(applicationRoles).optional(),
  sort: z.enum(applicationSorts).default('name'),
});
export type ProgramApplicationQuery = z.infer<typeof ProgramApplicationQuerySchema>;

/** One's own applications, newest first. */
export const MyApplicationQuerySchema = PageQuerySchema;

/** Start or update one's own application (draft); `submit: true` submits it. */
export const SaveApplicationSchema = z.object({
  role: z.enum(applicationRoles),
  answers: AnswersSchema.default({}),
  submit: z.boolean().default(false),
});

/** A coordinator's decision on one application, or on many at once. */
export const applicationDecisions = ['interview', 'accept', 'waitlist', 'decline', 'reinvite'] as const;
export const DecideApplicationSchema = z.object({
  decision: z.enum(applicationDecisions),
  reason: z.string().trim().max(1000).default(''),
});
export const BulkDecisionSchema = DecideApplicationSchema.extend({
  applicationIds: z.array(IdSchema).min(1).max(500),
});
export const BulkDecisionResultSchema = z.object({
  results: z.array(
    z.object({ applicationId: IdSchema, ok: z.boolean(), status: z.enum(applicationStatuses).nullable(), error: z.string().nullable() }),
  ),
});

/** A coordinator invites a person to apply (a draft application made for them). */
export const InviteToApplySchema = z.object({ personId: IdSchema, role: z.enum(applicationRoles) });

export const UpdateSelectionChecklistSchema = z.object({ selectionChecklist: z.record(z.string().max(200), z.boolean()) });

const rating = z.number().int().min(1).max(5).nullable();
export const InterviewFieldsSchema = z.object({
  scheduledAt: TimestampSchema.nullable(),
  notes: z.string().max(10_000),
  motivation: rating,
  goalClarity: rating,
  expectations: rating,
  opennessToFeedback: rating,
  observedApproach: z.enum(mentoringApproaches).nullable(),
});
/** An interview as a coordinator saves it: its time within the range of meetings. */
export const SaveInterviewSchema = InterviewFieldsSchema.extend({
  scheduledAt: datedWithin(TimestampSchema, dateRanges.meeting).nullable(),
}).partial();

/** Intake interview: visible to the program's coordinators only. */
export const InterviewSchema = InterviewFieldsSchema.extend({
  id: IdSchema,
  applicationId: IdSchema,
  interviewer: z.string(),
  updatedAt: TimestampSchema,
});
export const InterviewListSchema = z.object({ interviews: z.array(InterviewSchema) });
