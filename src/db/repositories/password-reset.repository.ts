import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { passwordResets } from '../schema/index.ts';

/** A stored reset link (its token is never stored, only the HMAC the row was found by). */
export type PasswordReset = {
  id: string;
  organizationId: string;
  personId: string;
  expiresAt: Date;
  usedAt: Date | null;
};

/** Stores reset links (one statement for all of a request's accounts); answers their ids in the same order. */
export async function insertPasswordResets(
  db: Database,
  rows: Array<{ organizationId: string; personId: string; tokenHash: string; createdAt: Date; expiresAt: Date }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insert(passwordResets).values(rows).returning({ id: passwordResets.id, tokenHash: passwordResets.tokenHash });
  const idOf = new Map(inserted.map((row) => [row.tokenHash, row.id]));
  return rows.map((row) => idOf.get(row.tokenHash) ?? '');
}

/** The reset link with this token HMAC, used or not. */
export async function findPasswordResetByTokenHash(db: Database, tokenHash: string): Promise<PasswordReset | undefined> {
  const [row] = await db
    .select({
      id: passwordResets.id,
      organizationId: passwordResets.organizationId,
      personId: passwordResets.personId,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash));
  return row;
}

/**
 * Marks the link used, once: false when another request used it first. Every other unused link
 * of the person is spent with it (an older email cannot set the password again).
 */
export async function usePasswordReset(db: Database, reset: PasswordReset, now: Date): Promise<boolean> {
  const marked = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  if (marked.length === 0) return false;
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.organizationId, reset.organizationId),
        eq(passwordResets.personId, reset.personId),
        isNull(passwordResets.usedAt),
        sql`${passwordResets.id} <> ${reset.id}`,
      ),
    );
  return true;
}
