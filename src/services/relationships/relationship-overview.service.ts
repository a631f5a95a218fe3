import {
  listProgramSurveyAnswers,
  listRelationshipOverview,
  type RelationshipOverviewRecord,
} from '../../db/repositories/relationship-overview.repository.ts';
import { loadStageSnapshots } from '../../db/repositories/relationship-signals.repository.ts';
import type { Actor } from '../../domain/person.ts';
import { suggestStageMoves } from '../../domain/relationships/stage-signals.ts';
import { idealMentorQualities } from '../../../shared/schemas/closures.ts';
import type { ClosureSurveySummary, StageSuggestion } from '../../../shared/schemas/stages.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

/** Survey aggregates appear only from this many answers, so no one answer can be told apart. */
export const minimumSurveyAnswers = 5;

export type RelationshipOverviewItem = RelationshipOverviewRecord & { atRisk: boolean; suggestions: StageSuggestion[] };

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Aggregates of closure survey answers, or null below `minimumSurveyAnswers`. */
export function summarizeSurveys(
  answers: Array<{ rating: number; qualities: Record<string, number> | null }>,
): ClosureSurveySummary | null {
  if (answers.length < minimumSurveyAnswers) return null;
  const qualities: Record<string, number> = {};
  for (const quality of idealMentorQualities) {
    const rated = answers.map((a) => a.qualities?.[quality]).filter((v): v is number => typeof v === 'number');
    if (rated.length >= minimumSurveyAnswers) qualities[quality] = mean(rated);
  }
  return { answers: answers.length, averageRating: mean(answers.map((a) => a.rating)), qualities };
}

/**
 * A program's relationships for its coordinators: stage, last touch point, meetings held, goal
 * progress, risk and suggestions from the signals, and how closed ones ended (with the early-exit
 * reason and rematch flag); never the content of notes, logs, agreements or surveys. Survey
 * aggregates only from five answers.
 *
 * @example const { relationships } = await getRelationshipOverview(ctx, coordinator, programId);
 */
export async function getRelationshipOverview(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
): Promise<{ relationships: RelationshipOverviewItem[]; surveySummary: ClosureSurveySummary | null }> {
  const program = await getManageableProgram(ctx, actor, programId);
  const rows = await listRelationshipOverview(ctx.db, actor.organizationId, program.id);
  await recordAudit(ctx.db, actor, 'relationship_overview_viewed', { type: 'program', id: program.id }, { relationships: rows.length });
  const active = rows.filter((row) => row.status === 'active');
  const [snapshots, answers] = await Promise.all([
    loadStageSnapshots(
      ctx.db,
      actor.organizationId,
      active.map((row) => row.id),
    ),
    listProgramSurveyAnswers(ctx.db, actor.organizationId, program.id),
  ]);
  const now = ctx.now();
  const relationships = rows.map((row) => {
    const snapshot = snapshots.get(row.id);
    const suggestions = snapshot ? suggestStageMoves({ ...snapshot, now }) : [];
    return { ...row, atRisk: suggestions.some((s) => s.kind === 'at_risk'), suggestions };
  });
  return { relationships, surveySummary: summarizeSurveys(answers) };
}
