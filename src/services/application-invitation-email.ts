import type { ApplicationRole } from '../../shared/enums.ts';
import type { Database } from '../db/database.ts';
import { findPersonById } from '../db/repositories/person.repository.ts';
import { applicationInvitationEmail } from '../domain/email/account-emails.ts';
import type { Person } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { queueEmail } from './email/queue-email.ts';

/**
 * Queues the email of an invitation to apply, in the caller's transaction `trx`, keyed by the
 * application and the moment of the invitation (`invitedAt`): inviting again after a decline is
 * a new email; the same invitation is queued once. Account category: never held back.
 *
 * @example await queueApplicationInvitationEmail(ctx, trx, { applicationId, program, inviterId, invitee, role, invitedAt });
 */
export async function queueApplicationInvitationEmail(
  ctx: ServiceContext,
  trx: Database,
  invitation: {
    applicationId: string;
    program: { id: string; name: string; organizationId: string };
    inviterId: string;
    invitee: Person;
    role: ApplicationRole;
    invitedAt: Date;
  },
): Promise<void> {
  const { program, invitee } = invitation;
  const inviter = await findPersonById(trx, program.organizationId, invitation.inviterId);
  await queueEmail(ctx, trx, {
    organizationId: program.organizationId,
    recipient: { personId: invitee.id, address: invitee.email, name: invitee.displayName },
    kind: 'application_invitation',
    category: 'account',
    idempotencyKey: `application_invitation:${invitation.applicationId}:${invitation.invitedAt.getTime()}`,
    content: applicationInvitationEmail({
      programId: program.id,
      programName: program.name,
      inviterName: inviter?.displayName ?? 'A coordinator',
      role: invitation.role,
    }),
  });
}
