import { AdminJobPageSchema, type AdminJobPage, type ListedJobState } from '../../../shared/schemas/jobs.ts';
import { requestJson, requestVoid, toQueryString } from './client.ts';

export function adminJobsQueryKey(state: ListedJobState) {
  return ['admin-jobs', state] as const;
}

/** One page of the organization's background jobs in a state, most recently changed first (org admins). */
export function fetchAdminJobs(state: ListedJobState, cursor?: string): Promise<AdminJobPage> {
  return requestJson(`/admin/jobs${toQueryString({ state, cursor })}`, AdminJobPageSchema);
}

/** Runs a dead or failed job again, now (org admins). */
export function retryAdminJob(id: string): Promise<void> {
  return requestVoid(`/admin/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}
