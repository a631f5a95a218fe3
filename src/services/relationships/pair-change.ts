import type { Database } from '../../db/database.ts';
import { lockRelationshipById, type RelationshipRecord } from '../../db/repositories/relationship-record.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getRelationshipAsParticipant, requireActiveRelationship } from './relationship-access.ts';

/** What a change of the pair's content works with: the open transaction, the locked relationship, the time. */
export type PairChangeScope = { trx: Database; relationship: RelationshipRecord; now: Date };

/**
 * Runs one change of the pair's shared work (goals, check-ins) for one of the pair: others get
 * 404, a closed relationship is refused, and the change runs in one transaction under the
 * relationship's lock, so concurrent changes of the same relationship serialize.
 *
 * @example const id = await changeAsParticipant(ctx, actor, relationshipId, ({ trx, relationship, now }) => insertGoal(trx, ...));
 */
export async function changeAsParticipant<T>(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  change: (scope: PairChangeScope) => Promise<T>,
): Promise<T> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  requireActiveRelationship(relationship);
  const now = ctx.now();
  return ctx.db.transaction(async (trx) => {
    const locked = await lockRelationshipById(trx, actor.organizationId, relationship.id);
    if (!locked) throw notFound('relationship');
    requireActiveRelationship(locked);
    return change({ trx, relationship: locked, now });
  });
}
