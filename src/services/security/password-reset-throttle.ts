import { insertSignInAttempt, passwordResetAttemptSubject } from '../../db/repositories/sign-in-attempt.repository.ts';
import type { ServiceContext } from '../context.ts';
import { assertUnderLimits, invitationAcceptanceLimits, signInLimits, throttleLinkUse } from './sign-in-throttle.ts';

/**
 * Forgot password, throttled like sign-in and in the same table: every request counts (each may
 * send an email), per address (across organizations) and per IP address; a link's use counts its
 * refusals per link and per IP address, like an invitation's acceptance. Requests and link uses
 * share one budget per IP address, apart from sign-ins and invitations.
 */
export const passwordResetLimits = {
  windowMinutes: signInLimits.windowMinutes,
  requestsPerEmail: signInLimits.failuresPerEmail,
  failuresPerLink: invitationAcceptanceLimits.failuresPerInvitation,
  attemptsPerIpAddress: signInLimits.failuresPerIpAddress,
} as const;

/**
 * Refuses (429) a forgot-password request over its limits, else counts it. Counted whether or not
 * the address has an account, so the limit tells nothing either.
 *
 * @example await countPasswordResetRequest(ctx, email, client.ipAddress);
 */
export async function countPasswordResetRequest(ctx: ServiceContext, email: string, ipAddress: string): Promise<void> {
  const subject = passwordResetAttemptSubject({ email });
  await assertUnderLimits(ctx, passwordResetLimits.windowMinutes, [
    { subject: { email: subject }, max: passwordResetLimits.requestsPerEmail },
    { subject: { ipAddress, kind: 'password_reset' }, max: passwordResetLimits.attemptsPerIpAddress },
  ]);
  await insertSignInAttempt(ctx.db, { email: subject, ipAddress, succeeded: false, attemptedAt: ctx.now() });
}

/**
 * Runs a reset link's use under the throttle: every refusal (unknown, used or expired link, a
 * password the policy refuses) counts for the link and the IP address; at the limit, 429.
 *
 * @example return throttlePasswordResetLink(ctx, tokenHash, client.ipAddress, () => setPassword(...));
 */
export function throttlePasswordResetLink<T>(ctx: ServiceContext, tokenHash: string, ipAddress: string, use: () => Promise<T>): Promise<T> {
  return throttleLinkUse(
    ctx,
    { subject: passwordResetAttemptSubject({ tokenHash }), ipAddress, kind: 'password_reset' },
    {
      windowMinutes: passwordResetLimits.windowMinutes,
      perLink: passwordResetLimits.failuresPerLink,
      perIpAddress: passwordResetLimits.attemptsPerIpAddress,
    },
    use,
  );
}
