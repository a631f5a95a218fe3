import { MatchingRulesSchema, type MatchingRules, type MatchingRulesChange } from '../../../shared/schemas/matching-rules.ts';
import { findLatestMatchingRun, insertMatchingRun, type MatchingRunRow } from '../../db/repositories/matching-run.repository.ts';
import { lockProgramById, updateMatchingRules } from '../../db/repositories/program.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import type { CohortJob } from './cohort-job.ts';
import { executeMatchingRun, type JobRunner } from './matching-run-execution.ts';
import { rulesOf } from './program-cohort.ts';
import { failStaleMatchingRuns } from './run-liveness.ts';
import { runCohortJobInWorker } from './run-in-worker.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

export type { JobRunner };

export async function getMatchingRules(ctx: ServiceContext, actor: Actor, programId: string): Promise<MatchingRules> {
  return rulesOf(await getManageableProgram(ctx, actor, programId));
}

/**
 * Changes a program's matching rules: the fields sent replace the saved ones, the others keep
 * their saved values (read and written under the program's lock, so two forms saving at once
 * each keep the other's fields).
 */
export async function saveMatchingRules(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  change: MatchingRulesChange,
): Promise<MatchingRules> {
  await getManageableProgram(ctx, actor, programId);
  return ctx.db.transaction(async (trx) => {
    const program = await lockProgramById(trx, actor.organizationId, programId);
    if (!program) throw notFound('program');
    const sent = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const parsed = MatchingRulesSchema.safeParse({ ...rulesOf(program), ...sent });
    if (!parsed.success) throw invalidInput(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
    await updateMatchingRules(trx, actor.organizationId, programId, parsed.data as unknown as Record<string, unknown>);
    return parsed.data;
  });
}

/**
 * Starts a matching run for a program and returns as soon as the run is recorded (with its audit
 * entry): the cohort is loaded, scored, solved and stored off the request path
 * (`executeMatchingRun`), and the run's progress and proposal are stored as they come.
 * `finished` settles when the run is stored as proposed, failed or stopped. A run still running
 * answers 409, once runs whose server stopped have been failed (`failStaleMatchingRuns`).
 */
export async function startMatchingRun(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'>,
  runner: JobRunner = runCohortJobInWorker,
): Promise<{ run: MatchingRunRow; finished: Promise<void> }> {
  const program = await getManageableProgram(ctx, actor, programId);
  const isRunning = async () => (await findLatestMatchingRun(ctx.db, actor.organizationId, programId))?.status === 'running';
  if ((await isRunning()) && ((await failStaleMatchingRuns(ctx)) === 0 || (await isRunning())))
    throw conflict('matching_in_progress', 'A matching run for this program is still in progress');
  // The run and its audit entry commit together or not at all.
  const run = await ctx.db.transaction(async (trx) => {
    const inserted = await insertMatchingRun(trx, actor.organizationId, { programId, ...options, createdById: actor.personId });
    await recordAudit(trx, actor, 'matching_run_started', { type: 'matching_run', id: inserted.id }, { programId, mode: options.mode });
    return inserted;
  });
  return { run, finished: executeMatchingRun(ctx, program, run, options, runner) };
}
