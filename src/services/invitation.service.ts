import type { OrganizationRole } from '../../shared/enums.ts';
import type { InvitationQuery } from '../../shared/schemas/invitations.ts';
import type { Page } from '../../shared/schemas/paging.ts';
import { findOrganizationById } from '../db/repositories/organization.repository.ts';
import {
  findInvitationByTokenHash,
  insertInvitation,
  pageInvitations,
  markInvitationAccepted,
  type Invitation,
} from '../db/repositories/invitation.repository.ts';
import { emailIsTaken, findPersonById, insertPerson } from '../db/repositories/person.repository.ts';
import { invitationEmail } from '../domain/email/account-emails.ts';
import { conflict, forbidden, notFound, DomainError } from '../domain/errors.ts';
import { canInvitePeople } from '../domain/policies.ts';
import type { Actor } from '../domain/person.ts';
import { openSession, type ClientInfo, type SignedIn } from './auth.service.ts';
import type { ServiceContext } from './context.ts';
import { assertPasswordAcceptable } from './security/password-policy.ts';
import { throttleInvitationAcceptance } from './security/sign-in-throttle.ts';
import { hashPassword } from './security/passwords.ts';
import { createToken, hashToken } from './security/tokens.ts';
import { recordAudit } from './audit/audit-log.service.ts';
import { queueEmail } from './email/queue-email.ts';

export type { Invitation };

const INVITATION_TTL_MS = 14 * 86_400_000;

function assertCanInvite(actor: Actor): void {
  if (!canInvitePeople(actor)) throw forbidden('not_an_admin', 'Only organization admins can invite people');
}

/**
 * Invites someone by email, refused only when the organization itself already has that email:
 * whether the address exists in another organization changes nothing. The invitation email
 * (organization, inviter, link, expiry; account category: never held back) is queued in the same
 * transaction, keyed by the invitation, so one invitation is emailed once and a new invitation to
 * the same address is a new email. The caller also shows the returned token's link to the admin
 * (never the logs: it is a bearer secret).
 *
 * @example const { invitation, token } = await createInvitation(ctx, admin, { email, organizationRole: 'member' });
 */
export async function createInvitation(
  ctx: ServiceContext,
  actor: Actor,
  input: { email: string; organizationRole: OrganizationRole },
): Promise<{ invitation: Invitation; token: string }> {
  assertCanInvite(actor);
  if (await emailIsTaken(ctx.db, actor.organizationId, input.email)) {
    throw conflict('email_taken', 'Someone in this organization already has this email', [
      { field: 'email', message: 'already has an account in this organization' },
    ]);
  }
  const token = createToken();
  const [organization, inviter] = await Promise.all([
    findOrganizationById(ctx.db, actor.organizationId),
    findPersonById(ctx.db, actor.organizationId, actor.personId),
  ]);
  if (!organization || !inviter) throw notFound('person');
  // The invitation, its email and its audit entry commit together or not at all.
  const invitation = await ctx.db.transaction(async (trx) => {
    const inserted = await insertInvitation(trx, actor.organizationId, {
      email: input.email,
      organizationRole: input.organizationRole,
      tokenHash: hashToken(ctx.secret, token),
      invitedById: actor.personId,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_TTL_MS),
    });
    await recordAudit(
      trx,
      actor,
      'invitation_created',
      { type: 'invitation', id: inserted.id },
      { organizationRole: input.organizationRole },
    );
    await queueEmail(ctx, trx, {
      organizationId: actor.organizationId,
      recipient: { personId: null, address: input.email, name: input.email },
      kind: 'invitation',
      category: 'account',
      idempotencyKey: `invitation:${inserted.id}`,
      content: invitationEmail({
        organizationName: organization.name,
        inviterName: inviter.displayName,
        address: input.email,
        token,
        expiresAt: inserted.expiresAt,
      }),
    });
    return inserted;
  });
  return { invitation, token };
}

/**
 * One page of the organization's invitations, newest first (admins): an admin who invited
 * 25,000 people reads them a page at a time.
 *
 * @example const { items, nextCursor } = await listInvitationsOfOrganization(ctx, admin, { limit: 50, state: 'pending' });
 */
export async function listInvitationsOfOrganization(ctx: ServiceContext, actor: Actor, query: InvitationQuery): Promise<Page<Invitation>> {
  assertCanInvite(actor);
  return pageInvitations(ctx.db, actor.organizationId, query, ctx.now());
}

async function findUsableInvitation(ctx: ServiceContext, token: string): Promise<Invitation> {
  const invitation = await findInvitationByTokenHash(ctx.db, hashToken(ctx.secret, token));
  if (!invitation) throw notFound('invitation');
  if (invitation.acceptedAt) throw new DomainError('conflict', 'invitation_used', 'This invitation was already used');
  if (invitation.expiresAt <= ctx.now()) {
    throw new DomainError('conflict', 'invitation_expired', 'This invitation has expired; ask for a new one');
  }
  return invitation;
}

/** What the invitation page shows: for whom, and from which organization. */
export async function previewInvitation(
  ctx: ServiceContext,
  token: string,
): Promise<{ email: string; organizationName: string; expiresAt: Date }> {
  const invitation = await findUsableInvitation(ctx, token);
  const organization = await findOrganizationById(ctx.db, invitation.organizationId);
  if (!organization) throw notFound('invitation');
  return { email: invitation.email, organizationName: organization.name, expiresAt: invitation.expiresAt };
}

/**
 * Creates the invited person's account with the password they chose and signs them in. One
 * transaction: the invitation is used exactly once even when two requests race. Throttled like a
 * sign-in, per invitation link and per IP address: refusals count, and at the limit it is a 429.
 *
 * @example const { token, signedIn } = await acceptInvitation(ctx, linkToken, { displayName, password }, client);
 */
export function acceptInvitation(
  ctx: ServiceContext,
  token: string,
  input: { displayName: string; password: string },
  client: ClientInfo,
): Promise<{ token: string; signedIn: SignedIn }> {
  return throttleInvitationAcceptance(ctx, token, client.ipAddress, () => createInvitedAccount(ctx, token, input, client));
}

async function createInvitedAccount(
  ctx: ServiceContext,
  token: string,
  input: { displayName: string; password: string },
  client: ClientInfo,
): Promise<{ token: string; signedIn: SignedIn }> {
  const invitation = await findUsableInvitation(ctx, token);
  assertPasswordAcceptable(input.password, { field: 'password', userInputs: [invitation.email, input.displayName] });
  const passwordHash = await hashPassword(input.password);
  const person = await ctx.db.transaction(async (trx) => {
    if (await emailIsTaken(trx, invitation.organizationId, invitation.email)) {
      throw conflict('email_taken', 'Someone in this organization already has this email');
    }
    const created = await insertPerson(trx, invitation.organizationId, {
      email: invitation.email,
      displayName: input.displayName,
      organizationRole: invitation.organizationRole,
      passwordHash,
    });
    const marked = await markInvitationAccepted(trx, invitation.organizationId, invitation.id, created.id, ctx.now());
    if (!marked) throw new DomainError('conflict', 'invitation_used', 'This invitation was already used');
    return created;
  });
  return openSession(ctx, person, client);
}
