import { setTimeout as sleep } from 'node:timers/promises';
import { limits } from '../../shared/limits.ts';
import type { PasswordResetCompletion, PasswordResetRequest } from '../../shared/schemas/password-reset.ts';
import {
  findPasswordResetByTokenHash,
  insertPasswordResets,
  usePasswordReset,
  type PasswordReset,
} from '../db/repositories/password-reset.repository.ts';
import { findPersonById, findSignInAccounts, updatePasswordHash } from '../db/repositories/person.repository.ts';
import { deleteSessionsOfPerson } from '../db/repositories/session.repository.ts';
import { clearFailedSignIns } from '../db/repositories/sign-in-attempt.repository.ts';
import { passwordResetEmail } from '../domain/email/account-emails.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { recordAudit } from './audit/audit-log.service.ts';
import type { ClientInfo } from './auth.service.ts';
import type { ServiceContext } from './context.ts';
import { queueEmails } from './email/queue-email.ts';
import { assertPasswordAcceptable } from './security/password-policy.ts';
import { countPasswordResetRequest, throttlePasswordResetLink } from './security/password-reset-throttle.ts';
import { hashPassword } from './security/passwords.ts';
import { createToken, hashToken } from './security/tokens.ts';

/** A reset link works once, within this time. */
export const passwordResetTtlMs = 60 * 60_000;

/**
 * Every forgot-password request answers no sooner than this after it arrived: the work differs
 * with the accounts found (a few rows and emails written, or none), and the floor hides it, as
 * sign-in's decoy verifications hide how many accounts an address holds.
 */
export const passwordResetAnswerFloorMs = 400;

/**
 * Forgot password: for each account the address holds (or the named organization's alone), a
 * single-use link valid one hour is stored (its HMAC only) and emailed, in one transaction. The
 * caller learns nothing: the same outcome, no sooner than `passwordResetAnswerFloorMs`, whether
 * the address has no account, one or several. Throttled per address and per IP address (429).
 *
 * @example await requestPasswordReset(ctx, { email: 'amara@example.org' }, client);
 */
export async function requestPasswordReset(ctx: ServiceContext, input: PasswordResetRequest, client: ClientInfo): Promise<void> {
  const started = performance.now();
  try {
    await countPasswordResetRequest(ctx, input.email, client.ipAddress);
    await sendResetLinks(ctx, input);
  } finally {
    const left = passwordResetAnswerFloorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}

async function sendResetLinks(ctx: ServiceContext, input: PasswordResetRequest): Promise<void> {
  // The accounts sign-in would try (active, with a password): a reset never opens an account sign-in would not.
  const accounts = await findSignInAccounts(ctx.db, input.email, {
    organization: input.organizationId,
    limit: limits.passwordResetAccountsMax,
  });
  if (accounts.length === 0) return;
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + passwordResetTtlMs);
  // Each account its own link and its own email: one organization's link never opens another's account.
  const links = accounts.map((account) => ({ ...account, token: createToken() }));
  await ctx.db.transaction(async (trx) => {
    const ids = await insertPasswordResets(
      trx,
      links.map(({ person, token }) => ({
        organizationId: person.organizationId,
        personId: person.id,
        tokenHash: hashToken(ctx.secret, token),
        createdAt: now,
        expiresAt,
      })),
    );
    await queueEmails(
      ctx,
      trx,
      links.map(({ person, organization, token }, i) => ({
        organizationId: person.organizationId,
        recipient: { personId: person.id, address: person.email, name: person.displayName },
        kind: 'password_reset',
        category: 'account',
        idempotencyKey: `password_reset:${ids[i]}`,
        content: passwordResetEmail({
          organizationName: organization.name,
          address: person.email,
          token,
          expiresAt,
          timeZone: person.timeZone,
        }),
      })),
    );
  });
}

async function findUsableReset(ctx: ServiceContext, tokenHash: string): Promise<PasswordReset> {
  const reset = await findPasswordResetByTokenHash(ctx.db, tokenHash);
  if (!reset) throw notFound('password_reset');
  if (reset.usedAt) throw conflict('password_reset_used', 'This password reset link was already used; ask for a new one');
  if (reset.expiresAt <= ctx.now()) throw conflict('password_reset_expired', 'This password reset link has expired; ask for a new one');
  return reset;
}

/**
 * Sets a new password through an emailed link: the link must be unused and unexpired, the
 * password pass the policy. One transaction sets it, spends the link (and the person's other
 * links), ends every session of the person, forgives their failed sign-ins and audits it. Does not sign in: the person signs in
 * with the new password. Refusals are throttled per link and per IP address.
 *
 * @example await completePasswordReset(ctx, { token, password }, client);
 */
export function completePasswordReset(ctx: ServiceContext, input: PasswordResetCompletion, client: ClientInfo): Promise<void> {
  const tokenHash = hashToken(ctx.secret, input.token);
  return throttlePasswordResetLink(ctx, tokenHash, client.ipAddress, async () => {
    const reset = await findUsableReset(ctx, tokenHash);
    const person = await findPersonById(ctx.db, reset.organizationId, reset.personId);
    if (person?.status !== 'active') throw notFound('password_reset');
    assertPasswordAcceptable(input.password, { field: 'password', userInputs: [person.email, person.displayName] });
    const passwordHash = await hashPassword(input.password);
    await ctx.db.transaction(async (trx) => {
      if (!(await usePasswordReset(trx, reset, ctx.now()))) {
        throw conflict('password_reset_used', 'This password reset link was already used; ask for a new one');
      }
      await updatePasswordHash(trx, person.organizationId, person.id, passwordHash);
      await deleteSessionsOfPerson(trx, person.organizationId, person.id);
      // Proven by the mailbox: earlier wrong passwords no longer hold the new one back.
      await clearFailedSignIns(trx, person.email);
      await recordAudit(trx, { organizationId: person.organizationId, personId: person.id }, 'password_reset_completed', {
        type: 'person',
        id: person.id,
      });
    });
  });
}
