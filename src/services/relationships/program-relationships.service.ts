import { listRelationshipsOfProgram, type RelationshipSummary } from '../../db/repositories/relationship.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getProgramAccess } from '../program.service.ts';

export type { RelationshipSummary };

/** A program's relationships: all of them for coordinators, one's own for participants. */
export async function listProgramRelationships(ctx: ServiceContext, actor: Actor, programId: string): Promise<RelationshipSummary[]> {
  const { canManage } = await getProgramAccess(ctx, actor, programId);
  return listRelationshipsOfProgram(ctx.db, actor.organizationId, programId, canManage ? undefined : actor.personId);
}
