import { findRelationshipDetail } from '../../db/repositories/relationship-detail.repository.ts';
import type { RelationshipRecord } from '../../db/repositories/relationship-record.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { viewerRoleIn, type ViewerRole } from './relationship-access.ts';

export type RelationshipPerson = { id: string; name: string; timeZone: string | null };
export type RelationshipView = Omit<RelationshipRecord, 'organizationId' | 'programId' | 'mentorId' | 'menteeId'> & {
  program: { id: string; name: string; type: 'one_to_one' | 'group' | 'self_directed' };
  mentor: RelationshipPerson;
  mentee: RelationshipPerson;
  viewerRole: ViewerRole;
};

/**
 * A relationship's page header: the program, the two people (with their time zones, so each
 * sees meeting times in both), the stage and the last touch point. For the pair and the
 * program's coordinators; nobody else learns it exists.
 *
 * @example const view = await getRelationship(ctx, actor, relationshipId);
 */
export async function getRelationship(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<RelationshipView> {
  const detail = await findRelationshipDetail(ctx.db, actor.organizationId, relationshipId);
  if (!detail) throw notFound('relationship');
  const viewerRole = await viewerRoleIn(ctx, actor, detail.relationship);
  const { organizationId: _o, programId: _p, mentorId, menteeId, ...rest } = detail.relationship;
  return {
    ...rest,
    program: detail.program,
    mentor: { id: mentorId, ...detail.mentor },
    mentee: { id: menteeId, ...detail.mentee },
    viewerRole,
  };
}
