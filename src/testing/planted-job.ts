import { eq } from 'drizzle-orm';
import { jobs } from '../db/schema/index.ts';
import { enqueueJob } from '../services/jobs/enqueue-job.ts';
import type { TestApp } from './test-app.ts';

/**
 * A dead background job of the organization (a kind no runner knows), for the admin job routes:
 * `{ jobId }`. Its last error is a marker no one but the organization's admins may read.
 *
 * @example const { jobId } = await plantDeadJob(t, organizationId);
 */
export async function plantDeadJob(t: TestApp, organizationId: string, name = 'test_planted'): Promise<{ jobId: string }> {
  // One transaction: a runner never sees it queued.
  return t.ctx.db.transaction(async (trx) => {
    const jobId = await enqueueJob(trx, { name, payload: { planted: true }, organizationId });
    if (jobId === null) throw new Error('planted job not enqueued');
    await trx.update(jobs).set({ state: 'dead', attempts: 3, lastError: 'Error: the planted job failed' }).where(eq(jobs.id, jobId));
    return { jobId };
  });
}
