import type { CreateManualPairing } from '../../../shared/schemas/agreements.ts';
import { findActiveRolesOfPerson } from '../../db/repositories/enrolment.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findPeopleByIds, lockPeople } from '../../db/repositories/person.repository.ts';
import { lockProgramById } from '../../db/repositories/program.repository.ts';
import { listPairsOfProgram } from '../../db/repositories/relationship.repository.ts';
import { conflict, invalidInput, notFound, type FieldIssue } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';
import { startRelationships } from './start-relationships.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

/**
 * A coordinator pairs a mentor and a mentee of the program by hand. Both must take part in the
 * program in those roles; the pair must not already be working together; and the mentor must
 * have room. As in publishing, the program and then the mentor are locked and the mentor's
 * room counted inside the transaction, so several pairings racing for a mentor's last place
 * leave exactly one relationship (the others get 409 `mentor_at_capacity`). The relationship
 * starts like every other: stage 1 with a draft agreement from the program's template.
 *
 * @example const { relationshipId } = await pairManually(ctx, coordinator, programId, { mentorId, menteeId });
 */
export async function pairManually(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  pairing: CreateManualPairing,
): Promise<{ relationshipId: string }> {
  const program = await getManageableProgram(ctx, actor, programId);
  if (program.type === 'group')
    throw conflict('manual_pairing_not_for_circles', 'Group programs work in circles; pair people through the circle settings');
  if (program.status === 'closed') throw conflict('program_closed', 'This program has closed');
  if (pairing.mentorId === pairing.menteeId) throw invalidInput([{ field: 'menteeId', message: 'must be someone other than the mentor' }]);
  const { organizationId } = actor;
  return ctx.db.transaction(async (trx) => {
    await lockProgramById(trx, organizationId, programId);
    await lockPeople(trx, organizationId, [pairing.mentorId]);
    const mentorRoles = await findActiveRolesOfPerson(trx, organizationId, pairing.mentorId);
    const menteeRoles = await findActiveRolesOfPerson(trx, organizationId, pairing.menteeId);
    const issues: FieldIssue[] = [];
    if (!(mentorRoles.get(programId) ?? []).includes('mentor'))
      issues.push({ field: 'mentorId', message: 'is not an active mentor of this program' });
    if (!(menteeRoles.get(programId) ?? []).includes('mentee'))
      issues.push({ field: 'menteeId', message: 'is not an active mentee of this program' });
    if (issues.length > 0) throw invalidInput(issues);
    const pairs = await listPairsOfProgram(trx, organizationId, programId);
    if (pairs.some((p) => p.status === 'active' && p.mentorId === pairing.mentorId && p.menteeId === pairing.menteeId)) {
      throw conflict('relationship_exists', 'These two already have an active relationship in this program');
    }
    const room = (await findMentorRoom(trx, organizationId, [pairing.mentorId])).get(pairing.mentorId) ?? 0;
    if (room < 1) {
      const [mentor] = await findPeopleByIds(trx, organizationId, [pairing.mentorId]);
      throw conflict('mentor_at_capacity', `${mentor?.displayName ?? 'This mentor'} has no room for another mentee`);
    }
    const [relationshipId] = await startRelationships(
      trx,
      organizationId,
      [
        {
          programId,
          mentorId: pairing.mentorId,
          menteeId: pairing.menteeId,
          source: 'manual',
          matchingRunId: null,
          createdById: actor.personId,
        },
      ],
      ctx.now().toISOString().slice(0, 10),
    );
    if (!relationshipId) throw notFound('relationship');
    await recordAudit(
      trx,
      actor,
      'manual_pairing_created',
      { type: 'relationship', id: relationshipId },
      { programId, mentorId: pairing.mentorId, menteeId: pairing.menteeId },
    );
    return { relationshipId };
  });
}
