import type { Page } from '../../../shared/schemas/paging.ts';
import type { ProgramRelationshipQuery } from '../../../shared/schemas/program-relationships.ts';
import type { StageSuggestion } from '../../../shared/schemas/stages.ts';
import { listProgramRelationshipPage, type ProgramRelationshipRecord } from '../../db/repositories/program-relationship.repository.ts';
import { loadRelationshipHealth, type RelationshipHealthRecord } from '../../db/repositories/relationship-overview.repository.ts';
import { loadStageSnapshots } from '../../db/repositories/relationship-signals.repository.ts';
import type { Actor } from '../../domain/person.ts';
import { atRiskAfterDays, suggestStageMoves } from '../../domain/relationships/stage-signals.ts';
import type { ServiceContext } from '../context.ts';
import { getProgramAccess } from '../program.service.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

export type ProgramRelationshipView = ProgramRelationshipRecord &
  RelationshipHealthRecord & { atRisk: boolean; suggestions: StageSuggestion[] };

/** Untouched since this instant (or never touched and started before it): at risk, for an active relationship. */
export function riskCutoff(now: Date): Date {
  return new Date(now.getTime() - atRiskAfterDays * 86_400_000);
}

/**
 * One page of a program's relationships: all of them for coordinators (the first page of each
 * look is audited, as the overview always was), one's own for participants. Each row carries its
 * shape and health (stage, last touch point, meetings held, goal progress, risk and the stage
 * signals), never the content of notes, logs, agreements or surveys; the early-exit reason only
 * for coordinators. The work follows the page: health and signals are read for its rows only.
 *
 * @example const page = await listProgramRelationships(ctx, coordinator, programId, { limit: 50, sort: 'last_touch', risk: 'at_risk' });
 */
export async function listProgramRelationships(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: ProgramRelationshipQuery,
): Promise<Page<ProgramRelationshipView>> {
  const { program, canManage } = await getProgramAccess(ctx, actor, programId);
  const now = ctx.now();
  const page = await listProgramRelationshipPage(ctx.db, actor.organizationId, program.id, query, {
    personId: canManage ? undefined : actor.personId,
    riskCutoff: riskCutoff(now),
    now,
  });
  const ids = page.items.map((row) => row.id);
  const activeIds = page.items.filter((row) => row.status === 'active').map((row) => row.id);
  const [health, snapshots] = await Promise.all([
    loadRelationshipHealth(ctx.db, actor.organizationId, ids),
    loadStageSnapshots(ctx.db, actor.organizationId, activeIds),
  ]);
  if (canManage && query.cursor === undefined)
    await recordAudit(
      ctx.db,
      actor,
      'relationship_overview_viewed',
      { type: 'program', id: program.id },
      { relationships: page.items.length },
    );
  const items = page.items.map((row): ProgramRelationshipView => {
    const rowHealth = health.get(row.id) ?? { meetingsHeld: 0, goals: { count: 0, met: 0, averageProgress: null }, closure: null };
    const snapshot = snapshots.get(row.id);
    const suggestions = snapshot ? suggestStageMoves({ ...snapshot, now }) : [];
    const closure = rowHealth.closure && !canManage ? { ...rowHealth.closure, earlyExitReason: null } : rowHealth.closure;
    return { ...row, ...rowHealth, closure, atRisk: suggestions.some((s) => s.kind === 'at_risk'), suggestions };
  });
  return { items, nextCursor: page.nextCursor };
}
