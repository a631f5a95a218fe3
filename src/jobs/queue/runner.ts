import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { limits } from '../../../shared/limits.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import {
  claimDueJobs,
  completeJob,
  failJob,
  jobWakeUpChannel,
  type JobRecord,
  pruneDoneJobs,
  reclaimExpiredLeases,
  releaseJob,
} from '../../db/repositories/job.repository.ts';
import type { ServiceContext } from '../../services/context.ts';
import { createRecurringScheduler } from './recurring.ts';
import { findJobKind, registeredJobNames, retryTime } from './registry.ts';

export type JobRunnerOptions = {
  /** Jobs this process runs at once (JOB_CONCURRENCY); 0 runs none (the runner still schedules). */
  concurrency: number;
  /** How often it looks for due jobs without a wake-up (default 1 s). */
  pollMs?: number;
  /** The lease past a kind's timeout before another worker may take the job (default 30 s). */
  leaseMarginMs?: number;
  /** Wake-ups on enqueue (DatabaseHandle.listen): a job enqueued now starts within moments. */
  listen?: DatabaseHandle['listen'];
};

/** A started runner: `stop` stops claiming and waits for the jobs running; `wake` looks for due jobs now. */
export type JobRunner = { stop: () => Promise<void>; wake: () => void; worker: string };

const pruneEveryMs = 60 * 60 * 1000;
const keepDoneMs = 24 * 60 * 60 * 1000;

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, limits.jobErrorMax);
}

/**
 * Starts this process's job runner: each poll (and each wake-up) it enqueues the recurring jobs'
 * occurrences, reclaims jobs whose lease passed, and claims due jobs of the kinds registered here
 * up to `concurrency` at once. A failed attempt is retried with backoff until its kind's
 * maxAttempts, then is `dead` with its last error; one past its timeoutMs has failed.
 *
 * @example const runner = startJobRunner(ctx, { concurrency: 2, listen: handle.listen }); ...; await runner.stop();
 */
export function startJobRunner(ctx: ServiceContext, options: JobRunnerOptions): JobRunner {
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 1000;
  const leaseMarginMs = options.leaseMarginMs ?? 30_000;
  const scheduleRecurring = createRecurringScheduler(ctx);
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();
  let claiming = false;
  let claimAgain = false;
  let lastPrune = 0;

  const runJob = async (job: JobRecord) => {
    const kind = findJobKind(job.name);
    if (!kind) return;
    if (job.attempts > kind.maxAttempts) {
      // Its last attempts ended with the worker (lease expired): it will not be tried again.
      await failJob(ctx.db, job.id, { worker, error: job.lastError ?? 'attempts exhausted', retryAt: null, now: ctx.now() });
      return;
    }
    const timeout = new AbortController();
    const signal = AbortSignal.any([timeout.signal, stopping.signal]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timeout.abort();
        reject(new Error(`timed out after ${kind.timeoutMs} ms`));
      }, kind.timeoutMs);
    });
    try {
      const run = { id: job.id, name: job.name, payload: job.payload, attempt: job.attempts, organizationId: job.organizationId, signal };
      await Promise.race([kind.handler(ctx, run), timedOut]);
      await completeJob(ctx.db, job.id, worker, ctx.now());
    } catch (error) {
      const now = ctx.now();
      if (stopping.signal.aborted && !timeout.signal.aborted) {
        // Stopped by the shutdown, not by its own failure: another runner takes it, uncounted.
        await releaseJob(ctx.db, job.id, worker, now);
        return;
      }
      const retryAt = retryTime(kind, job.attempts, now);
      ctx.logger.warn({ err: error, job: job.id, name: job.name, attempt: job.attempts, dead: retryAt === null }, 'job attempt failed');
      await failJob(ctx.db, job.id, { worker, error: errorText(error), retryAt, now });
    } finally {
      clearTimeout(timer);
    }
  };

  const start = (job: JobRecord) => {
    const done: Promise<void> = runJob(job)
      .catch((error: unknown) => ctx.logger.error({ err: error, job: job.id }, 'job bookkeeping failed; its lease will expire'))
      .finally(() => {
        running.delete(done);
        claim();
      });
    running.add(done);
  };

  const claim = () => {
    if (stopping.signal.aborted) return;
    if (claiming) {
      claimAgain = true;
      return;
    }
    const free = options.concurrency - running.size;
    if (free <= 0) return;
    claiming = true;
    claimAgain = false;
    const now = ctx.now();
    claimDueJobs(ctx.db, {
      names: registeredJobNames(),
      count: free,
      worker,
      now,
      leaseMs: (name) => (findJobKind(name)?.timeoutMs ?? 0) + leaseMarginMs,
    })
      .then((jobs) => {
        for (const job of jobs) start(job);
        if (jobs.length === free) claimAgain = true; // there may be more due
      })
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'claiming jobs failed'))
      .finally(() => {
        claiming = false;
        if (claimAgain) claim();
      });
  };

  let ticking = false;
  const tick = async () => {
    if (ticking || stopping.signal.aborted) return;
    ticking = true;
    try {
      const now = ctx.now();
      await scheduleRecurring();
      await reclaimExpiredLeases(ctx.db, now);
      if (now.getTime() - lastPrune >= pruneEveryMs) {
        await pruneDoneJobs(ctx.db, new Date(now.getTime() - keepDoneMs));
        lastPrune = now.getTime();
      }
    } catch (error) {
      ctx.logger.error({ err: error }, 'job runner tick failed');
    } finally {
      ticking = false;
    }
    claim();
  };

  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  void tick();
  const unlisten = options.listen
    ? options.listen(jobWakeUpChannel, claim).catch((error: unknown) => {
        ctx.logger.warn({ err: error }, 'job wake-ups unavailable; polling only');
        return async () => undefined;
      })
    : Promise.resolve(async () => undefined);

  return {
    worker,
    wake: claim,
    stop: async () => {
      stopping.abort();
      clearInterval(timer);
      await (await unlisten)();
      while (running.size > 0 || claiming || ticking) {
        await Promise.all([...running]);
        if (claiming || ticking) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}
