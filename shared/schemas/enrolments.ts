import { z } from 'zod';
import { enrolmentStatuses, programRoles } from '../enums.ts';
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
    email: z.string(),
    department: z.string().nullable(),
    jobTitle: z.string().nullable(),
  }),
  createdAt: TimestampSchema,
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const EnrolmentListSchema = z.object({ enrolments: z.array(EnrolmentSchema) });
