import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { jobs, type JobState } from '../schema/index.ts';

/** The channel a commit that enqueued jobs notifies, so idle runners claim at once. */
export const jobWakeUpChannel = 'constellation_jobs';

/** A job to insert: its kind, payload, earliest run, dedupe key and organization (null: the system's own). */
export type NewJob = { name: string; payload: unknown; runAt: Date; uniqueKey: string | null; organizationId: string | null };

/** A claimed or listed job, mapped from its row. */
export type JobRecord = {
  id: string;
  organizationId: string | null;
  name: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  runAt: Date;
  lockedUntil: Date | null;
  lastError: string | null;
  uniqueKey: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const jobColumns = {
  id: jobs.id,
  organizationId: jobs.organizationId,
  name: jobs.name,
  payload: jobs.payload,
  state: jobs.state,
  attempts: jobs.attempts,
  runAt: jobs.runAt,
  lockedUntil: jobs.lockedUntil,
  lastError: jobs.lastError,
  uniqueKey: jobs.uniqueKey,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
};

/**
 * Inserts jobs on `db` (the caller's transaction: they exist only if it commits) and notifies the
 * runners, a notification PostgreSQL delivers at commit and drops on rollback. A job whose
 * unique key is taken is skipped. Returns the ids inserted.
 *
 * @example const ids = await insertJobs(trx, [{ name: 'email_delivery', payload: { messageId }, runAt: now, uniqueKey: null, organizationId }]);
 */
export async function insertJobs(db: Database, newJobs: NewJob[], now: Date): Promise<string[]> {
  if (newJobs.length === 0) return [];
  // One JSON parameter for the whole batch: a parameter per value would make 20,000 jobs 100,000
  // parameters to bind (and more than one statement may take).
  const rows = JSON.stringify(newJobs.map((job) => ({ ...job, runAt: job.runAt.toISOString() })));
  const result = (await db.execute(sql`
    insert into jobs (name, payload, run_at, unique_key, organization_id, state, created_at, updated_at)
    select j.name, coalesce(j.payload, '{}'::jsonb), j."runAt", j."uniqueKey", j."organizationId", 'queued', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from json_to_recordset(${rows}::json) as j(name text, payload jsonb, "runAt" timestamptz, "uniqueKey" text, "organizationId" uuid)
    on conflict (unique_key) where unique_key is not null do nothing
    returning id`)) as unknown as { rows: Array<{ id: string }> };
  if (result.rows.length > 0) await db.execute(sql`select pg_notify(${jobWakeUpChannel}, '')`);
  return result.rows.map((row) => row.id);
}

/**
 * Claims up to `count` due jobs of the given kinds for `worker`, soonest first, skipping rows
 * another worker holds (FOR UPDATE SKIP LOCKED), so no two workers claim one job. Each claimed
 * job counts an attempt and is leased until `leaseUntil(name)`.
 */
export async function claimDueJobs(
  db: Database,
  options: { names: string[]; count: number; worker: string; now: Date; leaseMs: (name: string) => number },
): Promise<JobRecord[]> {
  if (options.names.length === 0 || options.count <= 0) return [];
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(inArray(jobs.state, ['queued', 'failed']), lte(jobs.runAt, options.now), inArray(jobs.name, options.names)))
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(options.count)
    .for('update', { skipLocked: true });
  const leaseCases = sql.join(
    options.names.map(
      (name) => sql`when ${name} then ${new Date(options.now.getTime() + options.leaseMs(name)).toISOString()}::timestamptz`,
    ),
    sql` `,
  );
  return db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedUntil: sql`case ${jobs.name} ${leaseCases} end`,
      lockedBy: options.worker,
      updatedAt: options.now,
    })
    .where(inArray(jobs.id, due))
    .returning(jobColumns);
}

/** Marks a job this worker still holds as done. */
export async function completeJob(db: Database, id: string, worker: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ state: 'done', lockedUntil: null, lockedBy: null, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running')));
}

/** Records a failed attempt: `failed` to run again at `retryAt`, or `dead` (retryAt null), keeping the error. */
export async function failJob(
  db: Database,
  id: string,
  options: { worker: string; error: string; retryAt: Date | null; now: Date },
): Promise<void> {
  await db
    .update(jobs)
    .set({
      state: options.retryAt === null ? 'dead' : 'failed',
      runAt: options.retryAt ?? sql`${jobs.runAt}`,
      lastError: options.error,
      lockedUntil: null,
      lockedBy: null,
      updatedAt: options.now,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, options.worker), eq(jobs.state, 'running')));
}

/** Gives back a job this worker holds, uncounted, to run now elsewhere (its runner is stopping). */
export async function releaseJob(db: Database, id: string, worker: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ state: 'queued', attempts: sql`${jobs.attempts} - 1`, runAt: now, lockedUntil: null, lockedBy: null, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker), eq(jobs.state, 'running')));
}

/**
 * Jobs whose lease passed (their worker stopped or hung) become `failed`, due now; the next claim
 * counts another attempt, and the runner kills a job past its kind's attempts. Returns how many.
 */
export async function reclaimExpiredLeases(db: Database, now: Date): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({
      state: 'failed',
      runAt: now,
      lastError: 'lease expired: the worker stopped or took too long',
      lockedUntil: null,
      lockedBy: null,
      updatedAt: now,
    })
    .where(and(eq(jobs.state, 'running'), lt(jobs.lockedUntil, now)))
    .returning({ id: jobs.id });
  return rows.length;
}

/** Deletes jobs done before `before` (their unique keys name past events and occurrences). */
export async function pruneDoneJobs(db: Database, before: Date): Promise<void> {
  await db.delete(jobs).where(and(eq(jobs.state, 'done'), lt(jobs.updatedAt, before)));
}

/** Most recently changed first, within one state (jobs_organization_state_idx read backwards). */
const recentlyChanged = keyset('recently_changed', [
  { by: jobs.updatedAt, direction: 'desc' },
  { by: jobs.id, direction: 'desc' },
]);

/**
 * One page of an organization's jobs in `state`, most recently changed first. System jobs
 * (no organization) are never listed.
 *
 * @example const page = await listOrganizationJobs(db, orgId, 'dead', { limit: 50 });
 */
export async function listOrganizationJobs(
  db: Database,
  organizationId: string,
  state: JobState,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<JobRecord>> {
  const page = keysetQuery(recentlyChanged, query);
  const rows = await db
    .select({ ...jobColumns, cursorKey: page.cursorKey })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.state, state), page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, recentlyChanged);
}

/**
 * Queues an organization's dead or failed job to run now with a fresh set of attempts (its last
 * error is kept until it runs again) and wakes the runners. Returns whether it was queued; false
 * when the organization has no such job or it is neither dead nor failed (see findOrganizationJobState).
 */
export async function retryOrganizationJob(db: Database, organizationId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ state: 'queued', attempts: 0, runAt: now, updatedAt: now })
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.id, id), inArray(jobs.state, ['dead', 'failed'])))
    .returning({ id: jobs.id });
  if (rows.length > 0) await db.execute(sql`select pg_notify(${jobWakeUpChannel}, '')`);
  return rows.length > 0;
}

/** The state of an organization's job, or undefined when it has no job with this id. */
export async function findOrganizationJobState(db: Database, organizationId: string, id: string): Promise<JobState | undefined> {
  const [row] = await db
    .select({ state: jobs.state })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.id, id)));
  return row?.state;
}
