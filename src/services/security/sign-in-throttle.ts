import { countFailedSignIns, insertSignInAttempt, clearFailedSignIns } from '../../db/repositories/sign-in-attempt.repository.ts';
import { rateLimited } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';

/** Failed sign-ins allowed per window before further attempts are refused. */
export const signInLimits = {
  windowMinutes: 15,
  failuresPerEmail: 5,
  failuresPerIpAddress: 30,
} as const;

/**
 * Refuses a sign-in when the email or the IP address failed too often recently. Stored in the
 * database, so the limit holds across restarts and across several server processes.
 */
export async function assertSignInAllowed(ctx: ServiceContext, email: string, ipAddress: string): Promise<void> {
  const windowMs = signInLimits.windowMinutes * 60_000;
  const since = new Date(ctx.now().getTime() - windowMs);
  const checks = [
    { result: await countFailedSignIns(ctx.db, { email }, since), max: signInLimits.failuresPerEmail },
    { result: await countFailedSignIns(ctx.db, { ipAddress }, since), max: signInLimits.failuresPerIpAddress },
  ];
  for (const { result, max } of checks) {
    if (result.count >= max && result.oldest) {
      const retryAfterMs = result.oldest.getTime() + windowMs - ctx.now().getTime();
      throw rateLimited(Math.max(1, Math.ceil(retryAfterMs / 1000)));
    }
  }
}

export async function recordSignInAttempt(
  ctx: ServiceContext,
  attempt: { email: string; ipAddress: string; succeeded: boolean },
): Promise<void> {
  if (attempt.succeeded) await clearFailedSignIns(ctx.db, attempt.email);
  await insertSignInAttempt(ctx.db, { ...attempt, attemptedAt: ctx.now() });
}
