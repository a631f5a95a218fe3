import type { ServiceContext } from '../../services/context.ts';
import { enqueueJob } from '../../services/jobs/enqueue-job.ts';
import { checkSchedule, type JobSchedule, occurrenceOf } from './occurrence.ts';

export type { JobSchedule };

const schedules = new Map<string, JobSchedule>();

/**
 * Runs the registered job kind `name` on a schedule, once per occurrence across every process
 * sharing the database: each runner enqueues the occurrence with the unique key
 * `name@<occurrence instant>`, and only the first insert of a key counts. `everyMs` occurrences
 * are aligned to the epoch (a process starting mid-slot runs the slot's occurrence if no one has);
 * `dailyAt` ones are enqueued ahead, so one missed while every server was down runs on restart.
 *
 * @example registerRecurringJob('notification_digest', { dailyAt: '08:00', timeZone: 'Europe/Paris' });
 */
export function registerRecurringJob(name: string, schedule: JobSchedule): void {
  checkSchedule(schedule);
  schedules.set(name, schedule);
}

/** Stops scheduling `name` (tests). */
export function unregisterRecurringJob(name: string): void {
  schedules.delete(name);
}

/**
 * What a runner keeps between ticks: the occurrence it last enqueued per schedule, so each
 * process inserts each occurrence once (not on every poll).
 */
export function createRecurringScheduler(ctx: ServiceContext): () => Promise<void> {
  const enqueued = new Map<string, number>();
  return async () => {
    const now = ctx.now();
    for (const [name, schedule] of schedules) {
      const occurrence = occurrenceOf(schedule, now);
      if (enqueued.get(name) === occurrence.getTime()) continue;
      await enqueueJob(ctx.db, { name, runAt: occurrence, uniqueKey: `${name}@${occurrence.toISOString()}` }, now);
      enqueued.set(name, occurrence.getTime());
    }
  };
}
