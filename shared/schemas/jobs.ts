import { z } from 'zod';
import { TimestampSchema } from './common.ts';
import { pageSchema, PageQuerySchema } from './paging.ts';

/** The job states an org admin can list: given up on, waiting for a retry, waiting to run. */
export const listedJobStates = ['dead', 'failed', 'queued'] as const;
export type ListedJobState = (typeof listedJobStates)[number];

/** GET /admin/jobs: one state's jobs of the admin's organization, most recently changed first. */
export const AdminJobsQuerySchema = PageQuerySchema.extend({
  state: z.enum(listedJobStates).default('dead').describe('dead (gave up), failed (waiting for a retry) or queued (default dead)'),
});
export type AdminJobsQuery = z.infer<typeof AdminJobsQuerySchema>;

/** A background job of the organization as an admin sees it (its payload is not shown). */
export const AdminJobSchema = z.object({
  id: z.uuid(),
  name: z.string().describe('The kind of job, e.g. email_delivery'),
  state: z.enum(['queued', 'running', 'failed', 'dead', 'done']),
  attempts: z.number().int(),
  runAt: TimestampSchema.describe('When it runs (next)'),
  lastError: z.string().nullable().describe('The last attempt’s error'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type AdminJob = z.infer<typeof AdminJobSchema>;

export const AdminJobPageSchema = pageSchema(AdminJobSchema);
export type AdminJobPage = z.infer<typeof AdminJobPageSchema>;
