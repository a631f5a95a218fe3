import { limits } from '../../../shared/limits.ts';
import type { Database } from '../../db/database.ts';
import { insertJobs, type NewJob } from '../../db/repositories/job.repository.ts';

/** A job to run in the background: its kind (registerJobKind), payload, earliest run, dedupe key, organization. */
export type JobRequest = {
  /** The job kind, as registered with registerJobKind. */
  name: string;
  /** JSON given to the handler; at most limits.jobPayloadBytesMax bytes. Ids, not content. */
  payload?: unknown;
  /** Not before this time (default: now). */
  runAt?: Date;
  /**
   * A second job with the same key is not enqueued, ever (while the first row is kept: done jobs
   * are pruned after a day). Name the event or occurrence: `email:${messageId}`. Keys are global:
   * put the organization in them when they could collide across organizations.
   */
  uniqueKey?: string;
  /** The organization the job works for (its admins see it when it fails); absent for the system's own jobs. */
  organizationId?: string;
};

function newJobOf(request: JobRequest, now: Date): NewJob {
  const payload = request.payload ?? {};
  if (request.name.length === 0 || request.name.length > limits.jobNameMax)
    throw new RangeError(`job name must be 1 to ${limits.jobNameMax} characters`);
  if (request.uniqueKey !== undefined && (request.uniqueKey.length === 0 || request.uniqueKey.length > limits.jobUniqueKeyMax)) {
    throw new RangeError(`job uniqueKey must be 1 to ${limits.jobUniqueKeyMax} characters`);
  }
  if (Buffer.byteLength(JSON.stringify(payload), 'utf8') > limits.jobPayloadBytesMax) {
    throw new RangeError(`job payload must be at most ${limits.jobPayloadBytesMax} bytes of JSON`);
  }
  return {
    name: request.name,
    payload,
    runAt: request.runAt ?? now,
    uniqueKey: request.uniqueKey ?? null,
    organizationId: request.organizationId ?? null,
  };
}

/**
 * Enqueues background jobs inside the caller's transaction: they exist (and wake the runners)
 * only if it commits, so a rolled-back change runs nothing. One insert and one notification
 * however many jobs; jobs whose uniqueKey is already taken are skipped. Returns the ids inserted.
 * A request out of bounds (name, key, payload size) is a programming error: it throws RangeError.
 *
 * @example await ctx.db.transaction(async (trx) => { ...; await enqueueJobs(trx, messages.map((m) => ({ name: 'email_delivery', payload: { messageId: m.id }, uniqueKey: `email:${m.id}`, organizationId }))); });
 */
export async function enqueueJobs(db: Database, requests: JobRequest[], now = new Date()): Promise<string[]> {
  return insertJobs(
    db,
    requests.map((request) => newJobOf(request, now)),
    now,
  );
}

/**
 * Enqueues one background job inside the caller's transaction (see enqueueJobs). Returns its id,
 * or null when its uniqueKey was already taken.
 *
 * @example await enqueueJob(trx, { name: 'email_delivery', payload: { messageId }, uniqueKey: `email:${messageId}`, organizationId });
 */
export async function enqueueJob(db: Database, request: JobRequest, now = new Date()): Promise<string | null> {
  const [id] = await enqueueJobs(db, [request], now);
  return id ?? null;
}
