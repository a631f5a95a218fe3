import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';

/** Where a job is: waiting, being run (under a lease), waiting for a retry, given up on, or done. */
export type JobState = 'queued' | 'running' | 'failed' | 'dead' | 'done';

/**
 * The job queue every background job runs on (src/jobs/queue). A worker claims due rows with
 * FOR UPDATE SKIP LOCKED and holds them under a lease (`locked_until`): a job whose process died
 * is claimed again once the lease has passed. `organization_id` is null for the system's own
 * jobs (sweeps, expiry passes), which no tenant sees.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** The job kind (registerJobKind), e.g. `request_expiry`. */
    name: text('name').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    state: text('state').$type<JobState>().notNull().default('queued'),
    /** Claims so far, counting the one running now. */
    attempts: integer('attempts').notNull().default(0),
    /** When it may run (first run or next retry). */
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    /** Enqueueing a second job with the same key does nothing (for ever: keys name an event or an occurrence). */
    uniqueKey: text('unique_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('jobs_state_check', sql`${t.state} in ('queued', 'running', 'failed', 'dead', 'done')`),
    check('jobs_attempts_check', sql`${t.attempts} >= 0`),
    uniqueIndex('jobs_unique_key_idx').on(t.uniqueKey).where(sql`unique_key is not null`),
    // What workers claim: due jobs, soonest first.
    index('jobs_due_idx').on(t.runAt, t.id).where(sql`state in ('queued', 'failed')`),
    // Leases to reclaim from stopped workers.
    index('jobs_lease_idx').on(t.lockedUntil).where(sql`state = 'running'`),
    // Finished jobs to prune.
    index('jobs_done_idx').on(t.updatedAt).where(sql`state = 'done'`),
    // An organization's jobs by state, newest change first (admin list).
    index('jobs_organization_state_idx').on(t.organizationId, t.state, t.updatedAt, t.id),
  ],
);
