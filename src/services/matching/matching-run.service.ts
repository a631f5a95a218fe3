import { MatchingRulesSchema, type MatchingRules, type MatchingRulesChange } from '../../../shared/schemas/matching-rules.ts';
import {
  findLatestMatchingRun,
  findMatchingRun,
  insertMatchingRun,
  insertProposals,
  listProposals,
  updateMatchingRun,
  type MatchingProposalRow,
  type MatchingRunRow,
} from '../../db/repositories/matching-run.repository.ts';
import { insertProposedCircles, listCircles } from '../../db/repositories/circle.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { lockProgramById, updateMatchingRules } from '../../db/repositories/program.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { withCircles } from '../circles/circle-cohort.ts';
import { toCircleView, type CircleView } from '../circles/circle.view.ts';
import { getManageableProgram } from '../program.service.ts';
import type { CohortJob, CohortJobResult, JobProgress } from './cohort-job.ts';
import { loadProgramCohort, rulesOf } from './program-cohort.ts';
import { runCohortJobInWorker } from './run-in-worker.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

/** A run with its proposals and everyone's names, for coordinators. */
export type MatchingRunView = MatchingRunRow & {
  proposals: Array<MatchingProposalRow & { menteeName: string; mentorName: string }>;
  unmatchedNamed: Array<{ menteeId: string; menteeName: string; missing: number; reason: string }>;
  /** Group runs: the circles formed (proposed until published). */
  circles: CircleView[];
};

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

async function viewRun(ctx: ServiceContext, organizationId: string, run: MatchingRunRow): Promise<MatchingRunView> {
  const [proposals, circles] = await Promise.all([
    listProposals(ctx.db, organizationId, run.id),
    listCircles(ctx.db, organizationId, { runId: run.id }),
  ]);
  const ids = new Set([...proposals.flatMap((p) => [p.menteeId, p.mentorId]), ...run.unmatched.map((u) => u.menteeId)]);
  const names = new Map((await findPeopleByIds(ctx.db, organizationId, [...ids])).map((p) => [p.id, p.displayName]));
  return {
    ...run,
    proposals: proposals.map((p) => ({ ...p, menteeName: names.get(p.menteeId) ?? '', mentorName: names.get(p.mentorId) ?? '' })),
    unmatchedNamed: run.unmatched.map((u) => ({ ...u, menteeName: names.get(u.menteeId) ?? '' })),
    circles: circles.map((c) => toCircleView(c, { withAffinity: true })),
  };
}

/** A run and its proposal: the program's coordinators only (participants never see scores). */
export async function getMatchingRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<MatchingRunView> {
  const run = await findMatchingRun(ctx.db, actor.organizationId, runId);
  if (!run) throw notFound('matching_run');
  await getManageableProgram(ctx, actor, run.programId);
  return viewRun(ctx, actor.organizationId, run);
}

/** The program's latest run, or null before the first one. */
export async function getLatestMatchingRun(ctx: ServiceContext, actor: Actor, programId: string): Promise<MatchingRunView | null> {
  await getManageableProgram(ctx, actor, programId);
  const run = await findLatestMatchingRun(ctx.db, actor.organizationId, programId);
  return run ? viewRun(ctx, actor.organizationId, run) : null;
}
