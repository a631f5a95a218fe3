import {
  type AttemptKind,
  clearFailedSignIns,
  countFailedSignIns,
  insertSignInAttempt,
  invitationAttemptSubject,
} from '../../db/repositories/sign-in-attempt.repository.ts';
import { DomainError, rateLimited } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { hashToken } from './tokens.ts';

/** Failed sign-ins allowed per window before further attempts are refused. */
export const signInLimits = {
  windowMinutes: 15,
  failuresPerEmail: 5,
  failuresPerIpAddress: 30,
} as const;

/**
 * Failed invitation acceptances allowed per window: per invitation link, more than sign-in allows
 * per email (a new person may try a few passwords the strength check refuses); per IP address as
 * many as sign-in allows, counted apart from sign-ins (an office behind one address where new
 * people pick passwords does not lock out everyone's sign-in).
 */
export const invitationAcceptanceLimits = {
  windowMinutes: signInLimits.windowMinutes,
  failuresPerInvitation: 10,
  failuresPerIpAddress: signInLimits.failuresPerIpAddress,
} as const;

type Subject = Parameters<typeof countFailedSignIns>[1];

/** Throws 429 (with the seconds until the oldest counted failure leaves the window) when any subject is at its limit (also for the forgot-password throttle). */
export async function assertUnderLimits(
  ctx: ServiceContext,
  windowMinutes: number,
  checks: Array<{ subject: Subject; max: number }>,
): Promise<void> {
  const windowMs = windowMinutes * 60_000;
  const since = new Date(ctx.now().getTime() - windowMs);
  for (const { subject, max } of checks) {
    const result = await countFailedSignIns(ctx.db, subject, since);
    if (result.count >= max && result.oldest) {
      const retryAfterMs = result.oldest.getTime() + windowMs - ctx.now().getTime();
      throw rateLimited(Math.max(1, Math.ceil(retryAfterMs / 1000)));
    }
  }
}

/**
 * Refuses a sign-in when the email or the IP address failed too often recently. Stored in the
 * database, so the limit holds across restarts and across several server processes.
 */
export async function assertSignInAllowed(ctx: ServiceContext, email: string, ipAddress: string): Promise<void> {
  await assertUnderLimits(ctx, signInLimits.windowMinutes, [
    { subject: { email }, max: signInLimits.failuresPerEmail },
    { subject: { ipAddress, kind: 'sign_in' }, max: signInLimits.failuresPerIpAddress },
  ]);
}

export async function recordSignInAttempt(
  ctx: ServiceContext,
  attempt: { email: string; ipAddress: string; succeeded: boolean },
): Promise<void> {
  if (attempt.succeeded) await clearFailedSignIns(ctx.db, attempt.email);
  await insertSignInAttempt(ctx.db, { ...attempt, attemptedAt: ctx.now() });
}

/**
 * Runs an invitation acceptance under the sign-in throttle: accepting opens a session, and its
 * work (the password-strength check, the password hash) is what an attacker would repeat. Every
 * refusal (unknown, used or expired link, a password refused) counts as a failed attempt for the
 * link and for the IP address; at the limit the answer is 429 with Retry-After. Attempts are kept
 * with sign-in attempts, under the link token's HMAC (`invitationAttemptSubject`).
 *
 * @example return throttleInvitationAcceptance(ctx, token, client.ipAddress, () => createAccount(...));
 */
export function throttleInvitationAcceptance<T>(
  ctx: ServiceContext,
  token: string,
  ipAddress: string,
  accept: () => Promise<T>,
): Promise<T> {
  return throttleLinkUse(
    ctx,
    { subject: invitationAttemptSubject(hashToken(ctx.secret, token)), ipAddress, kind: 'invitation' },
    {
      windowMinutes: invitationAcceptanceLimits.windowMinutes,
      perLink: invitationAcceptanceLimits.failuresPerInvitation,
      perIpAddress: invitationAcceptanceLimits.failuresPerIpAddress,
    },
    accept,
  );
}

/**
 * Runs the use of an emailed link (an invitation, a password reset) under the throttle: every
 * refusal counts for the link's subject and for the IP address in the kind's budget; at a limit, 429.
 *
 * @example return throttleLinkUse(ctx, { subject, ipAddress, kind: 'password_reset' }, { windowMinutes: 15, perLink: 10, perIpAddress: 30 }, use);
 */
export async function throttleLinkUse<T>(
  ctx: ServiceContext,
  link: { subject: string; ipAddress: string; kind: AttemptKind },
  budget: { windowMinutes: number; perLink: number; perIpAddress: number },
  use: () => Promise<T>,
): Promise<T> {
  const { subject, ipAddress, kind } = link;
  await assertUnderLimits(ctx, budget.windowMinutes, [
    { subject: { email: subject }, max: budget.perLink },
    { subject: { ipAddress, kind }, max: budget.perIpAddress },
  ]);
  try {
    return await use();
  } catch (error) {
    if (error instanceof DomainError)
      await insertSignInAttempt(ctx.db, { email: subject, ipAddress, succeeded: false, attemptedAt: ctx.now() });
    throw error;
  }
}
