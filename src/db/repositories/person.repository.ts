import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { OrganizationRole } from '../../../shared/enums.ts';
import type { Person, PersonProfile } from '../../domain/person.ts';
import type { Database } from '../database.ts';
import { isAnyOf, preparedStatement } from '../prepared-statement.ts';
import { people } from '../schema/index.ts';

type PersonRow = typeof people.$inferSelect;

/** Maps a row of `people` to the domain's Person (other repositories that join people use it too). */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: row.email,
    displayName: row.displayName,
    organizationRole: row.organizationRole,
    status: row.status,
    department: row.department,
    jobTitle: row.jobTitle,
    seniorityLevel: row.seniorityLevel,
    location: row.location,
    timeZone: row.timeZone,
    languages: row.languages,
  };
}

export type NewPerson = {
  email: string;
  displayName: string;
  organizationRole: OrganizationRole;
  passwordHash: string | null;
} & Partial<PersonProfile>;

const personById = preparedStatement('person_by_id', (db, name) =>
  db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, sql.placeholder('organizationId')), eq(people.id, sql.placeholder('personId'))))
    .prepare(name),
);

const peopleByIds = preparedStatement('people_by_ids', (db, name) =>
  db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, sql.placeholder('organizationId')), isAnyOf(people.id, 'ids')))
    .prepare(name),
);

/** @example await insertPerson(db, organizationId, { email, displayName, organizationRole: 'member', passwordHash }) */
export async function insertPerson(db: Database, organizationId: string, values: NewPerson): Promise<Person> {
  const [row] = await db
    .insert(people)
    .values({ ...values, organizationId })
    .returning();
  if (!row) throw new Error('insert into people returned no row');
  return toPerson(row);
}

export async function findPersonById(
  db: Database,
  organizationId: string,
  personId: string,
): Promise<Person | undefined> {
  const [row] = await personById(db).execute({ organizationId, personId });
  return row && toPerson(row);
}

/**
 * The one lookup that is not scoped by organization: sign-in, where the email is all the caller
 * has. Returns the password hash too, for verification only.
 */
export async function findPersonForSignIn(
  db: Database,
  email: string,
): Promise<{ person: Person; passwordHash: string | null } | undefined> {
  const [row] = await db.select().from(people).where(eq(people.email, email));
  return row && { person: toPerson(row), passwordHash: row.passwordHash };
}

/** Whether any organization already has a person with this email (emails are unique). */
export async function emailIsTaken(db: Database, email: string): Promise<boolean> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row !== undefined;
}

/** People of one organization, filtered by a name, email, department or title fragment. */
export async function searchPeople(
  db: Database,
  organizationId: string,
  query: { q?: string | undefined; limit: number },
): Promise<Person[]> {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        // Erased people keep a row for their shared contributions, not a place in the directory.
        isNull(people.erasedAt),
        pattern
          ? or(
              ilike(people.displayName, pattern),
              ilike(people.email, pattern),
              ilike(people.department, pattern),
              ilike(people.jobTitle, pattern),
            )
          : undefined,
      ),
    )
    .orderBy(asc(people.displayName))
    .limit(query.limit);
  return rows.map(toPerson);
}

export async function updatePasswordHash(
  db: Database,
  organizationId: string,
  personId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .update(people)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
}

export async function countPeople(db: Database, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(people)
    .where(eq(people.organizationId, organizationId));
  return row?.count ?? 0;
}

/** Changes the HR side of a person's profile (name, department, title, seniority, place, languages). */
export async function updatePersonFields(
  db: Database,
  organizationId: string,
  personId: string,
  changes: Partial<PersonProfile> & { displayName?: string },
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db
    .update(people)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
}

/** People of one organization by id (unknown ids are left out). */
export async function findPeopleByIds(db: Database, organizationId: string, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await peopleByIds(db).execute({ organizationId, ids });
  return rows.map(toPerson);
}

/** Locks people rows until the transaction ends, in id order (no deadlocks between two lockers). */
export async function lockPeople(db: Database, organizationId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, [...ids])))
    .orderBy(asc(people.id))
    .for('update');
}
