import { z } from 'zod';
import { enrolmentStatuses, mentoringFunctions, programRoles } from '../enums.ts';
import { IdSchema, TimestampSchema } from './common.ts';

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

export const EnrolmentListSchema = z.object({ enrolments: z.array(DirectoryEnrolmentSchema) });
