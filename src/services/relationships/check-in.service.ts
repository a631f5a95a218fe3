import type { CreateCheckIn } from '../../../shared/schemas/check-ins.ts';
import { insertCheckIn, listCheckIns, type CheckInRecord } from '../../db/repositories/check-in.repository.ts';
import { touchRelationship } from '../../db/repositories/relationship-record.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { changeAsParticipant } from './pair-change.ts';
import { getRelationshipAsParticipant } from './relationship-access.ts';

/** A check-in as one of the pair sees it: `mine` when they sent it. */
export type CheckInView = CheckInRecord & { mine: boolean };

/**
 * The pair's check-ins, newest first: both see all of them, nobody else does.
 *
 * @example const checkIns = await listRelationshipCheckIns(ctx, mentor, relationshipId);
 */
export async function listRelationshipCheckIns(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<CheckInView[]> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  return (await listCheckIns(ctx.db, actor.organizationId, relationship.id)).map((checkIn) => ({
    ...checkIn,
    mine: checkIn.authorId === actor.personId,
  }));
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
