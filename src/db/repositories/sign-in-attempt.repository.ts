import { and, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { signInAttempts } from '../schema/index.ts';

export async function insertSignInAttempt(
  db: Database,
  values: { email: string; ipAddress: string; succeeded: boolean; attemptedAt: Date },
): Promise<void> {
  await db.insert(signInAttempts).values(values);
}

/** Failed attempts since a moment, for one email or one IP address, and the oldest of them. */
export async function countFailedSignIns(
  db: Database,
  filter: { email: string } | { ipAddress: string },
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const subject =
    'email' in filter ? eq(signInAttempts.email, filter.email) : eq(signInAttempts.ipAddress, filter.ipAddress);
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
