import { eq } from 'drizzle-orm';
import type { Organization } from '../../domain/person.ts';
import type { Database } from '../database.ts';
import { organizations } from '../schema/index.ts';

/** Maps a row of `organizations` to the domain's Organization. */
export function toOrganization(row: typeof organizations.$inferSelect): Organization {
  return { id: row.id, name: row.name, slug: row.slug, seniorityLevels: row.seniorityLevels };
}

/** @example await insertOrganization(db, { name: 'Aurora Labs', slug: 'aurora' }) */
export async function insertOrganization(db: Database, values: { name: string; slug: string }): Promise<Organization> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('insert into organizations returned no row');
  return toOrganization(row);
}

export async function findOrganizationById(db: Database, id: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row && toOrganization(row);
}

export async function findOrganizationBySlug(db: Database, slug: string): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row && toOrganization(row);
}

export async function updateSeniorityLevels(
  db: Database,
  organizationId: string,
  levels: Array<{ level: number; label: string }>,
): Promise<void> {
  await db.update(organizations).set({ seniorityLevels: levels }).where(eq(organizations.id, organizationId));
}
