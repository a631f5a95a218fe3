import type { AdminJobsQuery } from '../../../shared/schemas/jobs.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import {
  findOrganizationJobState,
  type JobRecord,
  listOrganizationJobs,
  retryOrganizationJob,
} from '../../db/repositories/job.repository.ts';
import { conflict, forbidden, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

export type { JobRecord };

function requireJobAdmin(actor: Actor): void {
  if (actor.organizationRole !== 'admin') throw forbidden('not_an_admin', 'Only organization admins can see and retry background jobs');
}

/**
 * One page of the admin's organization's background jobs in a state (dead by default), most
 * recently changed first. The system's own jobs (no organization) are never shown.
 *
 * @example const page = await listJobsForAdmin(ctx, admin, { state: 'dead', limit: 50 });
 */
export async function listJobsForAdmin(ctx: ServiceContext, actor: Actor, query: AdminJobsQuery): Promise<Page<JobRecord>> {
  requireJobAdmin(actor);
  return listOrganizationJobs(ctx.db, actor.organizationId, query.state, query);
}

/**
 * Runs a dead or failed job of the admin's organization again, now, with a fresh set of attempts.
 * 404 when the organization has no such job; 409 `job_not_retryable` when it is queued, running or done.
 *
 * @example await retryJobForAdmin(ctx, admin, jobId);
 */
export async function retryJobForAdmin(ctx: ServiceContext, actor: Actor, jobId: string): Promise<void> {
  requireJobAdmin(actor);
  if (await retryOrganizationJob(ctx.db, actor.organizationId, jobId, ctx.now())) return;
  const state = await findOrganizationJobState(ctx.db, actor.organizationId, jobId);
  if (state === undefined) throw notFound('job');
  throw conflict('job_not_retryable', `Only a dead or failed job can be retried; this one is ${state}`, { state });
}
