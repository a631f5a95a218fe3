import { and, eq, gte, like, notLike, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { signInAttempts } from '../schema/index.ts';

/**
 * The attempts kept in sign_in_attempts: sign-ins, whose subject is an email address, and
 * invitation acceptances, whose subject is `invitation:` and the link token's HMAC (no email
 * address can start so). Each kind has its own budget per IP address.
 */
export type AttemptKind = 'sign_in' | 'invitation';

const invitationSubjectPrefix = 'invitation:';

/** The subject an invitation acceptance is counted under. */
export function invitationAttemptSubject(tokenHash: string): string {
  return `${invitationSubjectPrefix}${tokenHash}`;
}

export async function insertSignInAttempt(
  db: Database,
  values: { email: string; ipAddress: string; succeeded: boolean; attemptedAt: Date },
): Promise<void> {
  await db.insert(signInAttempts).values(values);
}

/** Failed attempts since a moment, for one subject, or one IP address and kind, and the oldest of them. */
export async function countFailedSignIns(
  db: Database,
  filter: { email: string } | { ipAddress: string; kind: AttemptKind },
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const subject =
    'email' in filter
      ? eq(signInAttempts.email, filter.email)
      : and(
          eq(signInAttempts.ipAddress, filter.ipAddress),
          (filter.kind === 'invitation' ? like : notLike)(signInAttempts.email, `${invitationSubjectPrefix}%`),
        );
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      oldest: sql<string | null>`min(${signInAttempts.attemptedAt})`,
    })
    .from(signInAttempts)
    .where(and(subject, eq(signInAttempts.succeeded, false), gte(signInAttempts.attemptedAt, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** A successful sign-in forgives earlier failures for that email. */
export async function clearFailedSignIns(db: Database, email: string): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
}
