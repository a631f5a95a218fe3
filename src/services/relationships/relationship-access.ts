import { findActiveRolesOfPerson } from '../../db/repositories/enrolment.repository.ts';
import {
  findRelationshipById,
  lockRelationshipById,
  type RelationshipRecord,
} from '../../db/repositories/relationship-record.repository.ts';
import type { Database } from '../../db/database.ts';
import { lockRelationshipWithPair } from '../../db/repositories/relationship-detail.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { canManageProgram } from '../../domain/policies.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

/** The two people of a relationship. */
export type PairRole = 'mentor' | 'mentee';
/** Who is looking: one of the pair, or the program's coordinators and org admins (no content). */
export type ViewerRole = PairRole | 'coordinator';

/** The actor's side in the relationship, or null when they are not one of the pair. */
export function pairRoleOf(actor: Actor, relationship: RelationshipRecord): PairRole | null {
  if (relationship.mentorId === actor.personId) return 'mentor';
  if (relationship.menteeId === actor.personId) return 'mentee';
  return null;
}

/**
 * The relationship, for one of its two people only: everyone else (coordinators and admins
 * included) gets "not found". Use it for every read and write of the pair's own content
 * (agreement drafts, notes, learning log, meetings, goals).
 *
 * @example const { relationship, role } = await getRelationshipAsParticipant(ctx, actor, id);
 */
export async function getRelationshipAsParticipant(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
): Promise<{ relationship: RelationshipRecord; role: PairRole }> {
  return asParticipant(actor, await findRelationshipById(ctx.db, actor.organizationId, relationshipId));
}

/** The relationship with the actor's side in it; "not found" when it is missing or not theirs. */
function asParticipant(actor: Actor, relationship: RelationshipRecord | null): { relationship: RelationshipRecord; role: PairRole } {
  const role = relationship ? pairRoleOf(actor, relationship) : null;
  if (!relationship || !role) throw notFound('relationship');
  return { relationship, role };
}

/**
 * Inside a write's transaction: the active relationship locked for the change, for one of its two
 * people only (anyone else gets "not found", a closed relationship 409). One read where a
 * separate check before the transaction would take two.
 *
 * @example await ctx.db.transaction(async (trx) => { const { relationship } = await lockActiveAsParticipant(trx, actor, id); … })
 */
export async function lockActiveAsParticipant(
  trx: Database,
  actor: Actor,
  relationshipId: string,
): Promise<{ relationship: RelationshipRecord; role: PairRole }> {
  const locked = asParticipant(actor, await lockRelationshipById(trx, actor.organizationId, relationshipId));
  requireActiveRelationship(locked.relationship);
  return locked;
}

/** The two people of a relationship: names and time zones (meeting times show on both clocks). */
export type PairPeople = {
  mentor: { id: string; name: string; timeZone: string | null };
  mentee: { id: string; name: string; timeZone: string | null };
};

/**
 * `lockActiveAsParticipant` that also reads the pair's names and time zones, in the same query:
 * for writes that present their result with the pair's names or clocks (notes, meetings).
 *
 * @example const { relationship, pair } = await lockActiveWithPair(trx, actor, relationshipId);
 */
export async function lockActiveWithPair(
  trx: Database,
  actor: Actor,
  relationshipId: string,
): Promise<{ relationship: RelationshipRecord; role: PairRole; pair: PairPeople }> {
  const locked = await lockRelationshipWithPair(trx, actor.organizationId, relationshipId);
  if (!locked) throw notFound('relationship');
  const { relationship, role } = asParticipant(actor, locked.relationship);
  requireActiveRelationship(relationship);
  return {
    relationship,
    role,
    pair: { mentor: { id: relationship.mentorId, ...locked.mentor }, mentee: { id: relationship.menteeId, ...locked.mentee } },
  };
}

/**
 * The relationship, for its pair and for the program's coordinators and org admins, who see its
 * shape (stage, touch points, counts) but never the content the pair keeps between them.
 *
 * @example const { relationship, role } = await getRelationshipAsViewer(ctx, actor, id);
 */
export async function getRelationshipAsViewer(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
): Promise<{ relationship: RelationshipRecord; role: ViewerRole }> {
  const relationship = await findRelationshipById(ctx.db, actor.organizationId, relationshipId);
  if (!relationship) throw notFound('relationship');
  return { relationship, role: await viewerRoleIn(ctx, actor, relationship) };
}

/**
 * How the actor may look at a relationship already read: as one of the pair, or as a coordinator
 * of its program or an org admin (that look is audited); anyone else gets "not found".
 *
 * @example const role = await viewerRoleIn(ctx, actor, detail.relationship);
 */
export async function viewerRoleIn(ctx: ServiceContext, actor: Actor, relationship: RelationshipRecord): Promise<ViewerRole> {
  const role = pairRoleOf(actor, relationship);
  if (role) return role;
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  if (!canManageProgram(actor, roles.get(relationship.programId) ?? [])) throw notFound('relationship');
  await recordAudit(
    ctx.db,
    actor,
    'relationship_viewed',
    { type: 'relationship', id: relationship.id },
    { programId: relationship.programId },
  );
  return 'coordinator';
}

/** Refuses changes to a closed relationship. */
export function requireActiveRelationship(relationship: RelationshipRecord): void {
  if (relationship.status !== 'active') throw conflict('relationship_closed', 'This relationship has ended');
}
