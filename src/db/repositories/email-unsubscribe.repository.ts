import { and, eq, inArray } from 'drizzle-orm';
import type { EmailCategory } from '../../../shared/schemas/email.ts';
import type { Database } from '../database.ts';
import { emailUnsubscribes } from '../schema/index.ts';

/**
 * Records that a person wants no email of a category (again: a no-op).
 *
 * @example await insertEmailUnsubscribe(trx, orgId, personId, 'meetings');
 */
export async function insertEmailUnsubscribe(
  db: Database,
  organizationId: string,
  personId: string,
  category: EmailCategory,
): Promise<void> {
  await db.insert(emailUnsubscribes).values({ organizationId, personId, category }).onConflictDoNothing();
}

/**
 * Of the given people, those who unsubscribed from a category: one query for a whole batch.
 *
 * @example const off = await findUnsubscribedPeople(db, orgId, [a, b], 'meetings'); // Set { b }
 */
export async function findUnsubscribedPeople(
  db: Database,
  organizationId: string,
  personIds: string[],
  category: EmailCategory,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: emailUnsubscribes.personId })
    .from(emailUnsubscribes)
    .where(
      and(
        eq(emailUnsubscribes.organizationId, organizationId),
        eq(emailUnsubscribes.category, category),
        inArray(emailUnsubscribes.personId, [...new Set(personIds)]),
      ),
    );
  return new Set(rows.map((row) => row.personId));
}
