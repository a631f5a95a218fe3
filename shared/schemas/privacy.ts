import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';

const RowSchema = z.record(z.string(), z.unknown());

/** A person's download of their own data: their rows and their relationships' shared content. */
export const PersonalDataSchema = z.object({
  exportedAt: TimestampSchema,
  organizationId: IdSchema,
  person: RowSchema.nullable(),
  profile: RowSchema.nullable(),
  enrolments: z.array(RowSchema),
  applications: z.array(RowSchema),
  relationships: z.array(RowSchema),
  agreementVersions: z.array(RowSchema),
  goals: z.array(RowSchema),
  meetings: z.array(RowSchema),
  checkIns: z.array(RowSchema),
  notes: z.array(RowSchema),
  noteComments: z.array(RowSchema),
  learningLog: z.array(RowSchema),
  closureSurveys: z.array(RowSchema),
  matchingPreferences: z.array(RowSchema),
  networkTies: z.array(RowSchema),
  developmentPlan: RowSchema.nullable(),
  developmentPlanComments: z.array(RowSchema),
  mentorRequests: z.array(RowSchema),
  notifications: z.array(RowSchema),
  notificationPreferences: z.array(RowSchema),
});

/** What an erasure did, in counts only (nothing of what was erased). */
export const ErasureSummarySchema = z.object({
  personId: IdSchema,
  relationshipsClosed: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type ErasureSummary = z.infer<typeof ErasureSummarySchema>;
