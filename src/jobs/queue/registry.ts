import type { ServiceContext } from '../../services/context.ts';

/** What a handler is given: the job's id, payload (parse it: it is stored JSON), attempt and organization. */
export type RunningJob = {
  id: string;
  name: string;
  payload: unknown;
  /** 1 on the first run, counting runs whose worker died. */
  attempt: number;
  organizationId: string | null;
  /**
   * Aborted when the kind's timeoutMs has passed (the attempt has then failed) or the runner stops
   * (shutdown: a handler that then throws gives the job back, uncounted, for another runner).
   */
  signal: AbortSignal;
};

/** How a kind of job runs. */
export type JobKind = {
  /** Does the work; throwing (or passing timeoutMs) fails the attempt. Must be safe to run again. */
  handler: (ctx: ServiceContext, job: RunningJob) => Promise<void>;
  /** Attempts before the job is `dead` (1 to 100). */
  maxAttempts: number;
  /** One attempt's limit; the lease lasts a little longer, after which another worker may take the job. */
  timeoutMs: number;
  /** The first retry's delay, doubled each attempt up to an hour (default 5 s). */
  backoffMs?: number;
};

const kinds = new Map<string, Required<JobKind>>();

/**
 * Registers a kind of job, by name, in this process: every runner here claims and runs jobs of
 * the kinds registered (a process claims only the kinds it knows). Register at module load, in
 * the module that owns the work (src/jobs/<work>.job.ts), before the runner starts. Registering a
 * name twice replaces the kind (tests).
 *
 * @example registerJobKind('email_delivery', { handler: (ctx, job) => deliverEmail(ctx, parseId(job.payload)), maxAttempts: 8, timeoutMs: 30_000 });
 */
export function registerJobKind(name: string, kind: JobKind): void {
  if (!Number.isInteger(kind.maxAttempts) || kind.maxAttempts < 1 || kind.maxAttempts > 100)
    throw new RangeError('maxAttempts must be 1 to 100');
  if (!(kind.timeoutMs > 0)) throw new RangeError('timeoutMs must be positive');
  kinds.set(name, { backoffMs: 5_000, ...kind });
}

/** The kind registered under `name`, if any. */
export function findJobKind(name: string): Required<JobKind> | undefined {
  return kinds.get(name);
}

/** The names of every kind registered in this process. */
export function registeredJobNames(): string[] {
  return [...kinds.keys()];
}

/** Removes a kind (tests that register their own kinds). */
export function unregisterJobKind(name: string): void {
  kinds.delete(name);
}

const backoffCapMs = 60 * 60 * 1000;

/**
 * When a failed attempt runs again: `backoffMs` doubled per attempt, capped at an hour, plus up
 * to 10% jitter so a burst of failures does not retry in step; null when it was the last attempt.
 *
 * @example retryTime({ backoffMs: 1000, maxAttempts: 5 }, 3, now) // now + 4 s (to 4.4 s)
 */
export function retryTime(
  kind: Pick<Required<JobKind>, 'backoffMs' | 'maxAttempts'>,
  attempt: number,
  now: Date,
  random = Math.random,
): Date | null {
  if (attempt >= kind.maxAttempts) return null;
  const delay = Math.min(kind.backoffMs * 2 ** (attempt - 1), backoffCapMs);
  return new Date(now.getTime() + delay + Math.floor(delay * 0.1 * random()));
}
