import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ImportedPerson } from '../../domain/people-import.ts';
import type { Database } from '../database.ts';
import { people, profiles } from '../schema/index.ts';

/** The person columns an import may write (besides email, the key). */
export type ImportedPersonColumns = Pick<
  ImportedPerson,
  'displayName' | 'department' | 'jobTitle' | 'seniorityLevel' | 'location' | 'timeZone' | 'languages'
>;

/** The profile columns an import may write. */
export type ImportedProfileColumns = Pick<
  ImportedPerson,
  'education' | 'profession' | 'expertiseOffered' | 'expertiseWanted' | 'mentorCapacity'
>;

/** A person an import row matched by email, with what the import may compare and change. */
export type ImportTarget = {
  id: string;
  person: Required<ImportedPersonColumns>;
  /** Null when the person has no profile row yet. */
  profile: Required<ImportedProfileColumns> | null;
  supervisorEmail: string | null;
};

const supervisors = alias(people, 'supervisor');

/** `people.email in (…)` with the list as one jsonb parameter. */
const inEmails = (emails: string[]) => sql`${people.email} in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`;

/** Of these emails, those of people in the organization. */
export async function findEmailsInOrganization(db: Database, organizationId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: people.email })
    .from(people)
    .where(and(inEmails(emails), eq(people.organizationId, organizationId)));
  return new Set(rows.map((row) => row.email));
}

/** The organization's people having these emails, by email (other organizations' are never read). */
export async function findImportTargets(db: Database, organizationId: string, emails: string[]): Promise<Map<string, ImportTarget>> {
  const found = new Map<string, ImportTarget>();
  if (emails.length === 0) return found;
  const rows = await db
    .select({
      id: people.id,
      email: people.email,
      displayName: people.displayName,
      department: people.department,
      jobTitle: people.jobTitle,
      seniorityLevel: people.seniorityLevel,
      location: people.location,
      timeZone: people.timeZone,
      languages: people.languages,
      profileOf: profiles.personId,
      education: profiles.education,
      profession: profiles.profession,
      expertiseOffered: profiles.expertiseOffered,
      expertiseWanted: profiles.expertiseWanted,
      mentorCapacity: profiles.mentorCapacity,
      supervisorEmail: supervisors.email,
    })
    .from(people)
    .leftJoin(profiles, and(eq(profiles.organizationId, people.organizationId), eq(profiles.personId, people.id)))
    .leftJoin(supervisors, and(eq(supervisors.organizationId, profiles.organizationId), eq(supervisors.id, profiles.supervisorId)))
    .where(and(eq(people.organizationId, organizationId), inEmails(emails)));
  for (const row of rows) {
    const { id, email, displayName, department, jobTitle, seniorityLevel, location, timeZone, languages } = row;
    found.set(email, {
      id,
      person: { displayName, department, jobTitle, seniorityLevel, location, timeZone, languages },
      profile:
        row.profileOf === null
          ? null
          : {
              education: row.education,
              profession: row.profession,
              expertiseOffered: row.expertiseOffered ?? [],
              expertiseWanted: row.expertiseWanted ?? [],
              mentorCapacity: row.mentorCapacity ?? 0,
            },
      supervisorEmail: row.supervisorEmail,
    });
  }
  return found;
}

/** Each writable column with its SQL type, for reading a batch out of one JSON parameter. */
const importColumns = {
  email: [people.email, 'text'],
  displayName: [people.displayName, 'text'],
  department: [people.department, 'text'],
  jobTitle: [people.jobTitle, 'text'],
  seniorityLevel: [people.seniorityLevel, 'integer'],
  location: [people.location, 'text'],
  timeZone: [people.timeZone, 'text'],
  languages: [people.languages, 'text[]'],
  personId: [profiles.personId, 'uuid'],
  education: [profiles.education, 'text'],
  profession: [profiles.profession, 'text'],
  expertiseOffered: [profiles.expertiseOffered, 'text[]'],
  expertiseWanted: [profiles.expertiseWanted, 'text[]'],
  mentorCapacity: [profiles.mentorCapacity, 'integer'],
} as const;
type ImportColumn = keyof typeof importColumns;

/**
 * A batch as one jsonb parameter read by `jsonb_to_recordset`: a 500-row upsert is then one
 * short statement with one parameter, instead of thousands of placeholders to build and parse.
 */
function recordset(keys: readonly ImportColumn[], rows: ReadonlyArray<Partial<Record<ImportColumn, unknown>>>) {
  const names = keys.map((key) => importColumns[key][0].name);
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], row[key] ?? null]))));
  const definition = keys.map((key, i) => `${names[i]} ${importColumns[key][1]}`).join(', ');
  return {
    from: sql`jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(definition)})`,
    insertColumns: sql.raw(names.join(', ')),
    selectColumns: sql.raw(names.map((name) => `r.${name}`).join(', ')),
    updates: (fields: readonly ImportColumn[]) =>
      sql.raw(
        [...fields.map((key) => `${importColumns[key][0].name} = excluded.${importColumns[key][0].name}`), 'updated_at = now()'].join(', '),
      ),
  };
}

/**
 * One multi-row upsert by email within the organization. New people are members without a
 * password; existing people of the organization get only `fields` changed; the same address in
 * another organization is another person, never touched. Returns the id of each written email.
 */
export async function upsertPeopleByEmail(
  db: Database,
  organizationId: string,
  rows: Array<{ email: string } & ImportedPersonColumns>,
  fields: ReadonlyArray<keyof ImportedPersonColumns>,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const updated = [...new Set<ImportColumn>(['displayName', ...fields])];
  const batch = recordset(['email', ...updated], rows);
  const result = (await db.execute(sql`
    insert into people (organization_id, organization_role, password_hash, ${batch.insertColumns})
    select ${organizationId}::uuid, 'member', null, ${batch.selectColumns} from ${batch.from}
    on conflict (organization_id, email) do update set ${batch.updates(updated)}
    returning id, email`)) as unknown as { rows: Array<{ id: string; email: string }> };
  return new Map(result.rows.map((row) => [row.email, row.id]));
}

/** One multi-row upsert of profiles, setting only `fields` on existing ones. */
export async function upsertProfilesOfPeople(
  db: Database,
  organizationId: string,
  rows: Array<{ personId: string } & ImportedProfileColumns>,
  fields: ReadonlyArray<keyof ImportedProfileColumns>,
): Promise<void> {
  if (rows.length === 0) return;
  const batch = recordset(['personId', ...fields], rows);
  await db.execute(sql`
    insert into profiles (organization_id, ${batch.insertColumns})
    select ${organizationId}::uuid, ${batch.selectColumns} from ${batch.from}
    on conflict (organization_id, person_id) do update set ${batch.updates(fields)}`);
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
  const json = JSON.stringify(pairs.map((pair) => ({ email: pair.email, supervisor_email: pair.supervisorEmail })));
  const batch = sql`jsonb_to_recordset(${json}::jsonb) as v(email text, supervisor_email text)`;
  await db.execute(sql`
    insert into profiles (organization_id, person_id)
    select p.organization_id, p.id from ${batch} join people p on p.email = v.email
    where p.organization_id = ${organizationId}::uuid
    on conflict do nothing`);
  const result = (await db.execute(sql`
    update profiles set supervisor_id = s.id, updated_at = now()
    from ${batch}
    join people p on p.email = v.email and p.organization_id = ${organizationId}::uuid
    left join people s on s.email = v.supervisor_email and s.organization_id = ${organizationId}::uuid
    where profiles.organization_id = p.organization_id and profiles.person_id = p.id
      and profiles.supervisor_id is distinct from s.id
    returning p.email`)) as unknown as { rows: Array<{ email: string }> };
  return new Set(result.rows.map((row) => row.email));
}

/**
 * Refreshes the planner's statistics of the tables an import fills. Without it, a table that grew
 * from empty within one import keeps plans made for an empty table: the foreign-key checks of
 * each profile insert then scan `people` sequentially, and batches get slower as it grows.
 */
export async function analyzeImportedTables(db: Database): Promise<void> {
  await db.execute(sql`analyze people, profiles`);
}
