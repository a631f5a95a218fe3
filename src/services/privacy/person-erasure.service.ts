import { findClosure, insertClosure, markRelationshipClosed, updateClosure } from '../../db/repositories/closure.repository.ts';
import { findPersonById, lockPeople } from '../../db/repositories/person.repository.ts';
import { eraseNotificationsOf } from '../../db/repositories/notification.repository.ts';
import { eraseOutboxOf } from '../../db/repositories/outbox.repository.ts';
import { escapeHtml } from '../../domain/email/email-layout.ts';
import {
  anonymizePerson,
  erasePrivateContent,
  formerParticipantName,
  listActiveRelationshipsOf,
  releasePlacesOf,
  type ErasureCounts,
} from '../../db/repositories/person-erasure.repository.ts';
import { conflict, forbidden, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { recordAudit } from '../audit/audit-log.service.ts';
import type { ServiceContext } from '../context.ts';

/** Why the relationships of an erased person ended, as their coordinators read it. */
export const erasureExitReason = 'A participant’s data was erased at an administrator’s request.';

/** What an erasure did, in counts only. */
export type ErasureSummary = { personId: string; relationshipsClosed: number; counts: ErasureCounts };

/**
 * An org admin erases a person (the right to erasure). In one transaction: their private content
 * is deleted, their row keeps no name, email, password or HR fields (their shared notes,
 * comments, agreement versions, meetings and goals stay for their partners, by "A former
 * participant"), every relationship they were in is closed, their enrolments and open requests
 * are withdrawn (places freed), and the erasure is audited. An admin cannot erase themselves.
 *
 * @example const summary = await erasePerson(ctx, admin, personId);
 */
export async function erasePerson(ctx: ServiceContext, actor: Actor, personId: string): Promise<ErasureSummary> {
  if (actor.organizationRole !== 'admin') throw forbidden('not_an_admin', 'Only organization admins can erase a person');
  if (actor.personId === personId) throw conflict('cannot_erase_self', 'Another admin must erase your account');
  const now = ctx.now();
  return ctx.db.transaction(async (trx) => {
    const person = await findPersonById(trx, actor.organizationId, personId);
    if (!person) throw notFound('person');
    await lockPeople(trx, actor.organizationId, [personId]);
    const formerEmail = await anonymizePerson(trx, actor.organizationId, personId, now);
    if (formerEmail === null) throw conflict('person_already_erased', 'This person was already erased');
    const relationshipIds = await listActiveRelationshipsOf(trx, actor.organizationId, personId);
    for (const relationshipId of relationshipIds) {
      const closure = await findClosure(trx, actor.organizationId, relationshipId);
      if (closure) await updateClosure(trx, actor.organizationId, closure.id, { status: 'closed', closedAt: now });
      else
        await insertClosure(trx, actor.organizationId, relationshipId, {
          kind: 'early_exit',
          startedById: actor.personId,
          status: 'closed',
          earlyExitReason: erasureExitReason,
          startedAt: now,
          closedAt: now,
        });
      await markRelationshipClosed(trx, actor.organizationId, relationshipId, now);
    }
    const places = await releasePlacesOf(trx, actor.organizationId, personId);
    const told = await eraseNotificationsOf(trx, actor.organizationId, personId, person.displayName, formerParticipantName);
    // Emails to them go; their name leaves the others' (what the Outbox shows and what is still to be sent).
    const emails = await eraseOutboxOf(trx, actor.organizationId, personId, {
      name: person.displayName,
      htmlName: escapeHtml(person.displayName),
      replacement: formerParticipantName,
    });
    const counts = { ...(await erasePrivateContent(trx, actor.organizationId, personId, formerEmail)), ...places, ...told, ...emails };
    await recordAudit(
      trx,
      actor,
      'person_erased',
      { type: 'person', id: personId },
      { relationshipsClosed: relationshipIds.length, counts },
    );
    return { personId, relationshipsClosed: relationshipIds.length, counts };
  });
}
