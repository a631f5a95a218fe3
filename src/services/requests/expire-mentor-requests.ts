import { limits } from '../../../shared/limits.ts';
import { expireOverdueRequests, markRequestsReminded } from '../../db/repositories/mentor-request.repository.ts';
import type { ServiceContext } from '../context.ts';

/** What one expiry pass did. */
export type ExpiryResult = { expired: string[]; reminded: string[] };

/**
 * Expires every waiting request past its expiry (freeing the mentor's place) and marks a
 * reminder for those expiring within `limits.mentorRequestReminderDays`, once each: logged and
 * stamped `reminded_at` (the email comes with the outbox). Runs across organizations, in one
 * transaction; idempotent for a given `now`.
 *
 * @example const { expired, reminded } = await expireMentorRequests(ctx, new Date());
 */
export async function expireMentorRequests(ctx: ServiceContext, now: Date): Promise<ExpiryResult> {
  const until = new Date(now.getTime() + limits.mentorRequestReminderDays * 24 * 60 * 60 * 1000);
  const { expired, reminded } = await ctx.db.transaction(async (trx) => ({
    expired: await expireOverdueRequests(trx, now),
    reminded: await markRequestsReminded(trx, now, until),
  }));
  for (const request of reminded) {
    ctx.logger.info(
      {
        requestId: request.id,
        organizationId: request.organizationId,
        mentorId: request.mentorId,
        expiresAt: request.expiresAt.toISOString(),
      },
      'mentor request reminder: expires soon',
    );
  }
  if (expired.length > 0) ctx.logger.info({ count: expired.length }, 'mentor requests expired');
  return { expired: expired.map((r) => r.id), reminded: reminded.map((r) => r.id) };
}
