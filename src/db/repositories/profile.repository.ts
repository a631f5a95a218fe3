import { and, eq, sql } from 'drizzle-orm';
import { emptyProfile, type Profile } from '../../domain/profile.ts';
import type { Database } from '../database.ts';
import { profiles } from '../schema/index.ts';

type ProfileRow = typeof profiles.$inferSelect;

export function toProfile(row: ProfileRow): Profile {
  const { organizationId: _organizationId, personId: _personId, ...profile } = row;
  return profile;
}

/** A person's profile; the empty profile when they have not filled one in. */
export async function findProfile(db: Database, organizationId: string, personId: string): Promise<Profile> {
  const [row] = await db
    .select()
    .from(profiles)
    .where(and(eq(profiles.organizationId, organizationId), eq(profiles.personId, personId)));
  return row ? toProfile(row) : emptyProfile(new Date(0));
}

/** Profiles of several people of one organization, keyed by person id (empty ones filled in). */
export async function findProfiles(db: Database, organizationId: string, personIds: readonly string[]): Promise<Map<string, Profile>> {
  const found = new Map<string, Profile>();
  if (personIds.length === 0) return found;
  // One array parameter, not a placeholder per id: a cohort asks for 2,000 at a time.
  const rows = await db
    .select()
    .from(profiles)
    .where(and(eq(profiles.organizationId, organizationId), sql`${profiles.personId} = any(${sql.param([...personIds])}::uuid[])`));
  for (const row of rows) found.set(row.personId, toProfile(row));
  for (const id of personIds) if (!found.has(id)) found.set(id, emptyProfile(new Date(0)));
  return found;
}

export type ProfileChanges = Partial<Omit<Profile, 'updatedAt'>>;

/**
 * Creates or changes a person's profile. `changes` holds only the fields to set.
 *
 * @example await upsertProfile(db, organizationId, personId, { mentorCapacity: 3 })
 */
export async function upsertProfile(db: Database, organizationId: string, personId: string, changes: ProfileChanges): Promise<Profile> {
  const [row] = await db
    .insert(profiles)
    .values({ ...changes, organizationId, personId })
    .onConflictDoUpdate({
      target: [profiles.organizationId, profiles.personId],
      set: { ...changes, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('upsert into profiles returned no row');
  return toProfile(row);
}

/** Every person's supervisor in an organization, for walking reporting chains. */
export async function listSupervisorLinks(db: Database, organizationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: profiles.personId, supervisorId: profiles.supervisorId })
    .from(profiles)
    .where(and(eq(profiles.organizationId, organizationId), sql`${profiles.supervisorId} is not null`));
  return new Map(rows.map((row) => [row.personId, row.supervisorId as string]));
}
