import { countProgramRelationships } from '../../db/repositories/program-relationship.repository.ts';
import { listProgramSurveyAnswers } from '../../db/repositories/relationship-overview.repository.ts';
import type { Actor } from '../../domain/person.ts';
import { idealMentorQualities } from '../../../shared/schemas/closures.ts';
import type { ClosureSurveySummary } from '../../../shared/schemas/stages.ts';
import type { RelationshipOverview } from '../../../shared/schemas/program-relationships.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import { riskCutoff } from './program-relationships.service.ts';

/** Survey aggregates appear only from this many answers, so no one answer can be told apart. */
export const minimumSurveyAnswers = 5;

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
 * A program's relationships counted for its coordinators (by status, active ones by stage, at
 * risk) with the closure survey aggregates (only from five answers). The rows themselves are
 * paged by `listProgramRelationships`.
 *
 * @example const { counts } = await getRelationshipOverview(ctx, coordinator, programId);
 */
export async function getRelationshipOverview(ctx: ServiceContext, actor: Actor, programId: string): Promise<RelationshipOverview> {
  const program = await getManageableProgram(ctx, actor, programId);
  const [groups, answers] = await Promise.all([
    countProgramRelationships(ctx.db, actor.organizationId, program.id, riskCutoff(ctx.now())),
    listProgramSurveyAnswers(ctx.db, actor.organizationId, program.id),
  ]);
  const counts: RelationshipOverview['counts'] = {
    total: 0,
    active: 0,
    closed: 0,
    atRisk: 0,
    byStage: { creating: 0, building: 0, mastery: 0, moving_on: 0 },
  };
  for (const group of groups) {
    counts.total += group.count;
    counts[group.status] += group.count;
    counts.atRisk += group.atRisk;
    if (group.status === 'active') counts.byStage[group.stage] += group.count;
  }
  return { counts, surveySummary: summarizeSurveys(answers) };
}
