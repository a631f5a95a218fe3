import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findProgramById } from '../../db/repositories/program.repository.ts';
import type { RelationshipRecord } from '../../db/repositories/relationship-record.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getRelationshipAsViewer, type ViewerRole } from './relationship-access.ts';

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
  const { relationship, role } = await getRelationshipAsViewer(ctx, actor, relationshipId);
  const [program, people] = await Promise.all([
    findProgramById(ctx.db, actor.organizationId, relationship.programId),
    findPeopleByIds(ctx.db, actor.organizationId, [relationship.mentorId, relationship.menteeId]),
  ]);
  const person = (id: string): RelationshipPerson => {
    const found = people.find((p) => p.id === id);
    if (!found) throw notFound('relationship');
    return { id, name: found.displayName, timeZone: found.timeZone };
  };
  if (!program) throw notFound('relationship');
  const { organizationId: _o, programId: _p, mentorId, menteeId, ...rest } = relationship;
  return { ...rest, program: { id: program.id, name: program.name, type: program.type }, mentor: person(mentorId), mentee: person(menteeId), viewerRole: role };
}
