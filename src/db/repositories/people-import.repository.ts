import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { people, profiles } from '../schema/index.ts';

/** The person columns an import may write (besides email, the key). */
export type ImportedPersonColumns = {
  displayName: string;
  department?: string | null;
  jobTitle?: string | null;
  seniorityLevel?: number | null;
  location?: string | null;
  timeZone?: string | null;
  languages?: string[];
};

/** The profile columns an import may write. */
export type ImportedProfileColumns = {
  education?: string | null;
  profession?: string | null;
  expertiseOffered?: string[];
  expertiseWanted?: string[];
  mentorCapacity?: number;
};

/** A person an import row matched by email, with what the import may compare and change. */
export type ImportTarget = {
  id: string;
  organizationId: string;
  person: Required<ImportedPersonColumns>;
  /** Null when the person has no profile row yet. */
  profile: Required<ImportedProfileColumns> | null;
  supervisorEmail: string | null;
};

const supervisors = alias(people, 'supervisor');

/** Of these emails, those that belong to people of another organization. */
export async function findEmailsOfOtherOrganizations(db: Database, organizationId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: people.email })
    .from(people)
    .where(and(inArray(people.email, emails), ne(people.organizationId, organizationId)));
  return new Set(rows.map((row) => row.email));
}

/** Of these emails, those of people in the organization. */
export async function findEmailsInOrganization(db: Database, organizationId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: people.email })
    .from(people)
    .where(and(inArray(people.email, emails), eq(people.organizationId, organizationId)));
  return new Set(rows.map((row) => row.email));
}

/** The people (of any organization: the caller refuses the others) having these emails, by email. */
export async function findImportTargets(db: Database, emails: string[]): Promise<Map<string, ImportTarget>> {
  const found = new Map<string, ImportTarget>();
  if (emails.length === 0) return found;
  const rows = await db
    .select({ person: people, profile: profiles, supervisorEmail: supervisors.email })
    .from(people)
    .leftJoin(profiles, and(eq(profiles.organizationId, people.organizationId), eq(profiles.personId, people.id)))
    .leftJoin(supervisors, and(eq(supervisors.organizationId, profiles.organizationId), eq(supervisors.id, profiles.supervisorId)))
    .where(inArray(people.email, emails));
  for (const { person: p, profile: f, supervisorEmail } of rows) {
    found.set(p.email, {
      id: p.id,
      organizationId: p.organizationId,
      person: {
        displayName: p.displayName,
        department: p.department,
        jobTitle: p.jobTitle,
        seniorityLevel: p.seniorityLevel,
        location: p.location,
        timeZone: p.timeZone,
        languages: p.languages,
      },
      profile: f && {
        education: f.education,
        profession: f.profession,
        expertiseOffered: f.expertiseOffered,
        expertiseWanted: f.expertiseWanted,
        mentorCapacity: f.mentorCapacity,
      },
      supervisorEmail,
    });
  }
  return found;
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * One multi-row upsert by email. New people are members without a password; existing people of
 * the organization get only `fields` changed; people of another organization are never touched
 * (and not returned). Returns the id of each written email.
 */
export async function upsertPeopleByEmail(
  db: Database,
  organizationId: string,
  rows: Array<{ email: string } & ImportedPersonColumns>,
  fields: ReadonlyArray<keyof ImportedPersonColumns>,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  for (const field of fields) set[field] = excluded(people[field].name);
  const written = await db
    .insert(people)
    .values(rows.map((row) => ({ ...row, organizationId, organizationRole: 'member' as const, passwordHash: null })))
    .onConflictDoUpdate({ target: people.email, set, where: sql`${people.organizationId} = ${excluded('organization_id')}` })
    .returning({ id: people.id, email: people.email });
  return new Map(written.map((row) => [row.email, row.id]));
}

/** One multi-row upsert of profiles, setting only `fields` on existing ones. */
export async function upsertProfilesOfPeople(
  db: Database,
  organizationId: string,
  rows: Array<{ personId: string } & ImportedProfileColumns>,
  fields: ReadonlyArray<keyof ImportedProfileColumns>,
): Promise<void> {
  if (rows.length === 0) return;
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  for (const field of fields) set[field] = excluded(profiles[field].name);
  await db
    .insert(profiles)
    .values(rows.map((row) => ({ ...row, organizationId })))
    .onConflictDoUpdate({ target: [profiles.organizationId, profiles.personId], set });
}

/**
 * Sets supervisors by email, both sides in the organization (a null or unknown supervisor email
 * clears it), creating empty profiles where needed. Returns the emails whose supervisor changed.
 */
export async function setSupervisorsByEmail(
  db: Database,
  organizationId: string,
  pairs: Array<{ email: string; supervisorEmail: string | null }>,
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  await db.execute(sql`
    insert into profiles (organization_id, person_id)
    select ${organizationId}::uuid, p.id from people p
    where p.organization_id = ${organizationId}::uuid and p.email in (${sql.join(pairs.map((pair) => sql`${pair.email}`), sql`, `)})
    on conflict do nothing`);
  const values = sql.join(
    pairs.map((pair) => sql`(${pair.email}::text, ${pair.supervisorEmail}::text)`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    update profiles set supervisor_id = s.id, updated_at = now()
    from (values ${values}) as v(email, supervisor_email)
    join people p on p.email = v.email and p.organization_id = ${organizationId}::uuid
    left join people s on s.email = v.supervisor_email and s.organization_id = ${organizationId}::uuid
    where profiles.organization_id = p.organization_id and profiles.person_id = p.id
      and profiles.supervisor_id is distinct from s.id
    returning p.email`)) as unknown as { rows: Array<{ email: string }> };
  return new Set(result.rows.map((row) => row.email));
}
