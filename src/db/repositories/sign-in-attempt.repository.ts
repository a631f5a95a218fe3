import { and, eq, gte, like, notLike, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { signInAttempts } from '../schema/index.ts';

/**
 * The attempts kept in sign_in_attempts: sign-ins, whose subject is an email address; invitation
 * acceptances, whose subject is `invitation:` and the link token's HMAC; forgot-password requests
 * and completions, whose subject starts `password_reset:` (no email address can start so). Each
 * kind has its own budget per IP address.
 */
export type AttemptKind = 'sign_in' | 'invitation' | 'password_reset';

const invitationSubjectPrefix = 'invitation:';
const passwordResetSubjectPrefix = 'password_reset:';

/** The subject an invitation acceptance is counted under. */
export function invitationAttemptSubject(tokenHash: string): string {
  return `${invitationSubjectPrefix}${tokenHash}`;
}

/** The subject a forgot-password request (`email:` and the address) or a link's use (`link:` and its HMAC) is counted under. */
export function passwordResetAttemptSubject(subject: { email: string } | { tokenHash: string }): string {
  return 'email' in subject
    ? `${passwordResetSubjectPrefix}email:${subject.email}`
    : `${passwordResetSubjectPrefix}link:${subject.tokenHash}`;
}

function kindCondition(kind: AttemptKind) {
  if (kind === 'invitation') return like(signInAttempts.email, `${invitationSubjectPrefix}%`);
  if (kind === 'password_reset') return like(signInAttempts.email, `${passwordResetSubjectPrefix}%`);
  return and(notLike(signInAttempts.email, `${invitationSubjectPrefix}%`), notLike(signInAttempts.email, `${passwordResetSubjectPrefix}%`));
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
      : and(eq(signInAttempts.ipAddress, filter.ipAddress), kindCondition(filter.kind));
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
