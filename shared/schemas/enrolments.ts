import { z } from 'zod';
import { enrolmentStatuses, mentoringFunctions, programRoles } from '../enums.ts';
import { limits } from '../limits.ts';
import { EmailSchema, IdSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';
import { EnrolmentCountsSchema } from './programs.ts';

export const CreateEnrolmentSchema = z.object({
  personId: IdSchema,
  role: z.enum(programRoles),
});
export type CreateEnrolment = z.infer<typeof CreateEnrolmentSchema>;

export const EnrolmentSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  personId: IdSchema,
  role: z.enum(programRoles),
  status: z.enum(enrolmentStatuses),
  person: z.object({
    displayName: z.string(),
    /** Null for readers who do not manage the program (participants see a directory, not contact details). */
    email: z.string().nullable(),
    department: z.string().nullable(),
    /** Null for readers who do not manage the program. */
    jobTitle: z.string().nullable(),
  }),
  createdAt: TimestampSchema,
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

/** What a mentor offers, from their profile: expertise shared and mentoring functions given. */
export const MentorOfferSchema = z.object({
  expertise: z.array(z.string()),
  functions: z.array(z.enum(mentoringFunctions)),
});
export type MentorOffer = z.infer<typeof MentorOfferSchema>;

/** A line of a program's directory: an enrolment and, for a mentor, what they offer (null for other roles). */
export const DirectoryEnrolmentSchema = EnrolmentSchema.extend({ mentorOffer: MentorOfferSchema.nullable() });
export type DirectoryEnrolment = z.infer<typeof DirectoryEnrolmentSchema>;

/** Which enrolments a roster shows: the active ones unless asked otherwise. */
export const enrolmentStatusFilters = ['active', 'withdrawn', 'all'] as const;
export type EnrolmentStatusFilter = (typeof enrolmentStatusFilters)[number];

/**
 * A program's roster, a page at a time by name: active enrolments by default, withdrawn ones or
 * both on request (those who manage the program only), narrowed by role, department and name.
 */
export const EnrolmentQuerySchema = SearchPageQuerySchema.extend({
  status: z.enum(enrolmentStatusFilters).default('active').describe('active (default), withdrawn or all; withdrawn needs a manager'),
  role: z.enum(programRoles).optional().describe('Only enrolments in this role'),
  department: z.string().trim().min(1).max(limits.shortTextMax).optional().describe('Only people of this department (exact, case aside)'),
  sort: z.enum(['name']).default('name').describe('By name, case aside'),
});
export type EnrolmentQuery = z.infer<typeof EnrolmentQuerySchema>;

export const EnrolmentPageSchema = pageSchema(DirectoryEnrolmentSchema);
export type EnrolmentPage = z.infer<typeof EnrolmentPageSchema>;

/** A program's enrolments counted by status and role (withdrawn ones for those who manage it; zeros otherwise). */
export const EnrolmentStatusCountsSchema = z.object({ active: EnrolmentCountsSchema, withdrawn: EnrolmentCountsSchema });
export type EnrolmentStatusCounts = z.infer<typeof EnrolmentStatusCountsSchema>;

/** One person to enrol in a bulk call: by id or by email (exactly one), in a role. */
export const BulkEnrolmentEntrySchema = z
  .object({ personId: IdSchema.optional(), email: EmailSchema.optional(), role: z.enum(programRoles) })
  .refine((entry) => (entry.personId === undefined) !== (entry.email === undefined), {
    message: 'give either personId or email',
    path: ['personId'],
  });
export type BulkEnrolmentEntry = z.infer<typeof BulkEnrolmentEntrySchema>;

export const BulkEnrolmentSchema = z.object({
  people: z.array(BulkEnrolmentEntrySchema).min(1).max(limits.bulkEnrolmentMax),
});
export type BulkEnrolment = z.infer<typeof BulkEnrolmentSchema>;

/** What a bulk enrolment did: new enrolments, withdrawn ones made active again, and those already active (first 100 named). */
export const BulkEnrolmentReportSchema = z.object({
  enrolled: z.number().int(),
  reactivated: z.number().int(),
  alreadyEnrolled: z.number().int(),
  alreadyEnrolledPeople: z.array(z.object({ personId: IdSchema, role: z.enum(programRoles) })),
  byRole: EnrolmentCountsSchema.describe('Enrolled or reactivated, by role'),
});
export type BulkEnrolmentReport = z.infer<typeof BulkEnrolmentReportSchema>;
