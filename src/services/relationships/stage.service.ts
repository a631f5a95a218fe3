import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { changeRelationshipStage, lockRelationshipById } from '../../db/repositories/relationship-record.repository.ts';
import { listStageChanges, loadStageSnapshots, type StageChangeRecord } from '../../db/repositories/relationship-signals.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { suggestStageMoves } from '../../domain/relationships/stage-signals.ts';
import type { RelationshipStage } from '../../../shared/enums.ts';
import type { ChangeStage, StageSuggestion } from '../../../shared/schemas/stages.ts';
import type { ServiceContext } from '../context.ts';
import { getRelationshipAsParticipant, getRelationshipAsViewer, requireActiveRelationship } from './relationship-access.ts';

export type StageChangeView = Omit<StageChangeRecord, 'changedById' | 'note'> & {
  changedBy: { id: string; name: string };
  note: string | null;
};

/**
 * Either of the pair moves the relationship to another stage, with a note; the change is kept in
 * the history. Any stage may follow any other (stages 2 and 3 alternate); moving on is chosen
 * explicitly here or reached by closure.
 *
 * @example await changeStage(ctx, actor, relationshipId, { stage: 'building', note: 'Agreement signed' });
 */
export async function changeStage(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  input: ChangeStage,
): Promise<{ stage: RelationshipStage }> {
  await getRelationshipAsParticipant(ctx, actor, relationshipId);
  await ctx.db.transaction(async (trx) => {
    const relationship = await lockRelationshipById(trx, actor.organizationId, relationshipId);
    if (!relationship) throw notFound('relationship');
    requireActiveRelationship(relationship);
    if (relationship.stage === input.stage) throw conflict('stage_unchanged', 'The relationship is already in this stage');
    await changeRelationshipStage(trx, relationship, { toStage: input.stage, changedById: actor.personId, note: input.note });
  });
  return { stage: input.stage };
}

/**
 * The stage history, oldest first, for the pair and the program's coordinators. The notes are
 * the pair's own words: coordinators get the changes without them.
 */
export async function getStageHistory(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<StageChangeView[]> {
  const { relationship, role } = await getRelationshipAsViewer(ctx, actor, relationshipId);
  const changes = await listStageChanges(ctx.db, actor.organizationId, relationship.id);
  const people = await findPeopleByIds(ctx.db, actor.organizationId, [...new Set(changes.map((c) => c.changedById))]);
  return changes.map(({ changedById, note, ...change }) => ({
    ...change,
    changedBy: { id: changedById, name: people.find((p) => p.id === changedById)?.displayName ?? 'Someone' },
    note: role === 'coordinator' ? null : note,
  }));
}

/**
 * The moves the signals suggest now (none once closed), for the pair and the program's
 * coordinators: built from the shape of the work, never its content.
 */
export async function getStageSignals(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
): Promise<{ stage: RelationshipStage; suggestions: StageSuggestion[] }> {
  const { relationship } = await getRelationshipAsViewer(ctx, actor, relationshipId);
  if (relationship.status === 'closed') return { stage: relationship.stage, suggestions: [] };
  const snapshot = (await loadStageSnapshots(ctx.db, actor.organizationId, [relationship.id])).get(relationship.id);
  if (!snapshot) throw notFound('relationship');
  return { stage: relationship.stage, suggestions: suggestStageMoves({ ...snapshot, now: ctx.now() }) };
}
