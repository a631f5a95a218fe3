import {
  analyzeProposals,
  finishRunningRun,
  insertProposalBatches,
  updateMatchingRun,
  type MatchingRunRow,
} from '../../db/repositories/matching-run.repository.ts';
import { insertProposedCircles } from '../../db/repositories/circle.repository.ts';
import type { Program } from '../../domain/program.ts';
import type { ServiceContext } from '../context.ts';
import { withCircles } from '../circles/circle-cohort.ts';
import type { CohortJob, JobProgress } from './cohort-job.ts';
import type { PackedCohortJob, PackedJobResult } from './cohort-job-types.ts';
import { loadPackedProgramCohort } from './program-cohort.ts';
import { MatchingRunAborted } from './run-in-worker.ts';
import { keepRunAlive } from './run-liveness.ts';
import { warmMentorPool } from './mentor-suggestion.service.ts';

/**
 * How a job is solved: in a worker thread by default; tests and the CLI may solve inline. The job
 * may still be loading when the runner is called, so a worker starts while the cohort is read.
 */
export type JobRunner = (
  job: PackedCohortJob | Promise<PackedCohortJob>,
  onProgress: JobProgress,
  signal?: AbortSignal,
) => Promise<PackedJobResult>;

/** From this many proposals on, the proposals table's statistics are refreshed after storing. */
const ANALYZE_FROM_PROPOSALS = 1000;

/**
 * Stores a run's proposal, all or nothing: the proposals in batched inserts, the circles, and the
 * run's summary, in one transaction that keeps nothing if the run stopped running meanwhile
 * (cancelled, or failed by a sweep).
 */
async function storeResult(ctx: ServiceContext, run: MatchingRunRow, result: PackedJobResult): Promise<void> {
  const { organizationId, programId, id: runId, createdById } = run;
  await ctx.db.transaction(async (trx) => {
    await insertProposalBatches(trx, organizationId, runId, result.proposalBatches);
    await insertProposedCircles(trx, organizationId, {
      programId,
      runId,
      createdById,
      circles: (result.circles ?? []).map((c) => ({
        name: c.name,
        affinity: c.affinity,
        members: [
          ...c.mentorIds.map((personId) => ({ personId, role: 'mentor' as const })),
          ...c.menteeIds.map((personId) => ({ personId, role: 'mentee' as const })),
        ],
      })),
    });
    const stored = await finishRunningRun(trx, organizationId, runId, {
      status: 'proposed',
      progress: { stage: 'done', done: 1, total: 1 },
      summary: result.summary,
      unmatched: result.unmatched,
      finishedAt: ctx.now(),
    });
    if (!stored) throw new MatchingRunAborted();
  });
  // A bulk write leaves the planner's statistics behind (autovacuum may be off or late).
  if (result.proposalCount >= ANALYZE_FROM_PROPOSALS) await analyzeProposals(ctx.db);
}

/**
 * Runs a started run to its end, off the request that started it: loads the cohort (in slices,
 * serving the event loop between them), solves it with `runner` (a worker thread by default) and
 * stores the proposal, beating the run's heartbeat meanwhile. A run cancelled or failed
 * elsewhere stops where it is and stores nothing; any other failure marks the run failed.
 * Resolves when the run is settled, never rejects.
 */
export async function executeMatchingRun(
  ctx: ServiceContext,
  program: Program,
  run: MatchingRunRow,
  options: Pick<CohortJob, 'policy' | 'mode' | 'minimumScore'>,
  runner: JobRunner,
): Promise<void> {
  const { organizationId, id: runId } = run;
  const live = keepRunAlive(ctx, organizationId, runId);
  const started = performance.now();
  try {
    // Only the counts are kept here: once the job is sent, the cohort is the worker's to hold
    // (a large cohort kept alive on this thread makes every major collection a long stall).
    let loaded = started;
    let size = { mentees: 0, mentors: 0 };
    const loading = async () => {
      const job = await withCircles(ctx.db, program, await loadPackedProgramCohort(ctx.db, program, { ...options, now: ctx.now() }));
      if (live.signal.aborted) throw new MatchingRunAborted();
      loaded = performance.now();
      size = { mentees: job.mentees.ids.length, mentors: job.mentors.ids.length };
      return job;
    };
    let lastWrite = 0;
    // Called before the cohort is loaded: the worker thread starts meanwhile (a failed load fails the runner).
    const result = await runner(
      loading(),
      (stage, done, total) => {
        const now = Date.now();
        if (now - lastWrite < 250) return;
        lastWrite = now;
        void updateMatchingRun(ctx.db, organizationId, runId, { progress: { stage, done, total } }).catch(() => undefined);
      },
      live.signal,
    );
    const solved = performance.now();
    await storeResult(ctx, run, result);
    const phases = {
      loadMs: Math.round(loaded - started),
      solveMs: Math.round(solved - loaded),
      storeMs: Math.round(performance.now() - solved),
    };
    ctx.logger.info({ runId, ...size, ...phases }, 'matching run stored');
    // Mentees look at their suggestions next: the mentor pool is prepared now, off their requests.
    if (size.mentors > 0)
      void warmMentorPool(ctx, program).catch((error: unknown) => ctx.logger.warn({ err: error, runId }, 'mentor pool not prepared'));
  } catch (error: unknown) {
    if (live.signal.aborted || error instanceof MatchingRunAborted) {
      ctx.logger.info({ runId }, 'matching run stopped: cancelled or failed elsewhere');
      return;
    }
    ctx.logger.error({ err: error, runId }, 'matching run failed');
    await finishRunningRun(ctx.db, organizationId, runId, {
      status: 'failed',
      error: 'The matching run failed; it has been logged',
      finishedAt: ctx.now(),
    }).catch(() => undefined);
  } finally {
    live.stop();
  }
}
