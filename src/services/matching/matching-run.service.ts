import { MatchingRulesSchema, type MatchingRules, type MatchingRulesChange } from '../../../shared/schemas/matching-rules.ts';
import {
  findLatestMatchingRun,
  insertMatchingRun,
  insertProposals,
  updateMatchingRun,
  type MatchingRunRow,
} from '../../db/repositories/matching-run.repository.ts';
import { insertProposedCircles } from '../../db/repositories/circle.repository.ts';
import { lockProgramById, updateMatchingRules } from '../../db/repositories/program.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { withCircles } from '../circles/circle-cohort.ts';
import { getManageableProgram } from '../program.service.ts';
import type { CohortJob, CohortJobResult, JobProgress } from './cohort-job.ts';
import { loadProgramCohort, rulesOf } from './program-cohort.ts';
import { runCohortJobInWorker } from './run-in-worker.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

/** How a job is solved: in a worker thread by default; tests and the CLI may solve inline. */
export type JobRunner = (job: CohortJob, onProgress: JobProgress) => Promise<CohortJobResult>;

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
 * Starts a matching run for a program and returns at once; the cohort is scored and solved off
 * the request path, and the run's progress and proposal are stored as they come. `finished`
 * settles when the run is stored as proposed or failed.
 */
export async function startMatchingRun(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'>,
  runner: JobRunner = runCohortJobInWorker,
): Promise<{ run: MatchingRunRow; finished: Promise<void> }> {
  const program = await getManageableProgram(ctx, actor, programId);
  const latest = await findLatestMatchingRun(ctx.db, actor.organizationId, programId);
  if (latest?.status === 'running') throw conflict('matching_in_progress', 'A matching run for this program is still in progress');
  const job = await withCircles(ctx.db, program, await loadProgramCohort(ctx.db, program, { ...options, now: ctx.now() }));
  // The run and its audit entry commit together or not at all.
  const run = await ctx.db.transaction(async (trx) => {
    const inserted = await insertMatchingRun(trx, actor.organizationId, { programId, ...options, createdById: actor.personId });
    await recordAudit(trx, actor, 'matching_run_started', { type: 'matching_run', id: inserted.id }, { programId, mode: options.mode });
    return inserted;
  });
  const organizationId = actor.organizationId;
  let lastWrite = 0;
  const finished = runner(job, (stage, done, total) => {
    const now = Date.now();
    if (now - lastWrite < 250) return;
    lastWrite = now;
    void updateMatchingRun(ctx.db, organizationId, run.id, { progress: { stage, done, total } }).catch(() => undefined);
  })
    .then(async (result) => {
      await ctx.db.transaction(async (trx) => {
        await insertProposals(trx, organizationId, run.id, result.proposals);
        await insertProposedCircles(trx, organizationId, {
          programId,
          runId: run.id,
          createdById: actor.personId,
          circles: (result.circles ?? []).map((c) => ({
            name: c.name,
            affinity: c.affinity,
            members: [
              ...c.mentorIds.map((personId) => ({ personId, role: 'mentor' as const })),
              ...c.menteeIds.map((personId) => ({ personId, role: 'mentee' as const })),
            ],
          })),
        });
        await updateMatchingRun(trx, organizationId, run.id, {
          status: 'proposed',
          progress: { stage: 'done', done: 1, total: 1 },
          summary: result.summary,
          unmatched: result.unmatched,
          finishedAt: ctx.now(),
        });
      });
    })
    .catch(async (error: unknown) => {
      ctx.logger.error({ err: error, runId: run.id }, 'matching run failed');
      await updateMatchingRun(ctx.db, organizationId, run.id, {
        status: 'failed',
        error: 'The matching run failed; it has been logged',
        finishedAt: ctx.now(),
      }).catch(() => undefined);
    });
  return { run, finished };
}
