/**
 * The job queue every background job runs on (README, "Background jobs"): register a kind with
 * registerJobKind, enqueue inside your transaction with enqueueJob / enqueueJobs, schedule with
 * registerRecurringJob. `serve` starts the runner (startJobRunner) in each server process.
 */
export { enqueueJob, enqueueJobs, type JobRequest } from '../../services/jobs/enqueue-job.ts';
export { registerRecurringJob, type JobSchedule } from './recurring.ts';
export { registerJobKind, type JobKind, type RunningJob } from './registry.ts';
export { startJobRunner, type JobRunner, type JobRunnerOptions } from './runner.ts';
