import { findMatchingRun, finishRunningRun, type MatchingRunRow } from '../../db/repositories/matching-run.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import { recordAudit } from '../audit/audit-log.service.ts';
import { stopLocalRun } from './run-liveness.ts';

/**
 * Cancels a running matching run (the program's coordinators): the run is marked cancelled at
 * once, keeps nothing it had not stored, and its work stops: here at once when this server runs
 * it, else on its server's next heartbeat (which finds the run no longer running); the audit log
 * records who cancelled it. A run that is no longer running answers 409 `run_not_running`.
 *
 * @example const run = await cancelMatchingRun(ctx, coordinator, runId); run.status // 'cancelled'
 */
export async function cancelMatchingRun(ctx: ServiceContext, actor: Actor, runId: string): Promise<MatchingRunRow> {
  const found = await findMatchingRun(ctx.db, actor.organizationId, runId);
  if (!found) throw notFound('matching_run');
  await getManageableProgram(ctx, actor, found.programId);
  // The cancellation and its audit entry commit together or not at all.
  await ctx.db.transaction(async (trx) => {
    const cancelled = await finishRunningRun(trx, actor.organizationId, runId, {
      status: 'cancelled',
      error: 'Cancelled by a coordinator',
      finishedAt: ctx.now(),
    });
    if (!cancelled) throw conflict('run_not_running', 'Only a running matching run can be cancelled');
    await recordAudit(trx, actor, 'matching_run_cancelled', { type: 'matching_run', id: runId }, { programId: found.programId });
  });
  stopLocalRun(runId);
  ctx.logger.info({ runId, by: actor.personId }, 'matching run cancelled');
  const run = await findMatchingRun(ctx.db, actor.organizationId, runId);
  if (!run) throw notFound('matching_run');
  return run;
}
