import type { CreateCheckIn } from '../../../shared/schemas/check-ins.ts';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import { insertCheckIn, listCheckIns, type CheckInRecord } from '../../db/repositories/check-in.repository.ts';
import { touchRelationship } from '../../db/repositories/relationship-record.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { changeAsParticipant } from './pair-change.ts';
import { getRelationshipAsParticipant } from './relationship-access.ts';

/** A check-in as one of the pair sees it: `mine` when they sent it. */
export type CheckInView = CheckInRecord & { mine: boolean };

/**
 * A page of the pair's check-ins, newest first: both see all of them, nobody else does.
 *
 * @example const { items } = await listRelationshipCheckIns(ctx, mentor, relationshipId, { limit: 50 });
 */
export async function listRelationshipCheckIns(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  query: PageQuery,
): Promise<Page<CheckInView>> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const page = await listCheckIns(ctx.db, actor.organizationId, relationship.id, query);
  return { items: page.items.map((checkIn) => ({ ...checkIn, mine: checkIn.authorId === actor.personId })), nextCursor: page.nextCursor };
}

/**
 * Either side sends a short "here's what's been going on" between meetings; it counts as a touch
 * point of the relationship (one transaction: the message and the touch together).
 *
 * @example await sendCheckIn(ctx, mentee, relationshipId, { body: 'Sent the budget draft to my manager.' });
 */
export async function sendCheckIn(ctx: ServiceContext, actor: Actor, relationshipId: string, input: CreateCheckIn): Promise<CheckInView> {
  const checkIn = await changeAsParticipant(ctx, actor, relationshipId, async ({ trx, relationship, now }) => {
    const inserted = await insertCheckIn(trx, actor.organizationId, {
      relationshipId: relationship.id,
      authorId: actor.personId,
      body: input.body,
      createdAt: now,
    });
    await touchRelationship(trx, actor.organizationId, relationship.id, now);
    return inserted;
  });
  return { ...checkIn, mine: true };
}
