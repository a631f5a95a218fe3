import { and, asc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { OrganizationRole } from '../../../shared/enums.ts';
import type { Organization, Person, PersonProfile } from '../../domain/person.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { isAnyOf, preparedStatement } from '../prepared-statement.ts';
import { organizations, people } from '../schema/index.ts';
import { toOrganization } from './organization.repository.ts';

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

export async function findPersonById(db: Database, organizationId: string, personId: string): Promise<Person | undefined> {
  const [row] = await personById(db).execute({ organizationId, personId });
  return row && toPerson(row);
}

/** An account an address holds, with what sign-in needs: the hash to verify and its organization. */
export type SignInAccount = { person: Person; passwordHash: string; organization: Organization };

/**
 * The one lookup that is not scoped by organization: sign-in, where the email (and perhaps an
 * organization's slug or id) is all the caller has. Only accounts that can sign in (active, with a
 * password, not erased), oldest first, at most `limit`. The hashes are for verification only.
 *
 * @example await findSignInAccounts(db, 'amara@example.org', { organization: 'aurora', limit: 4 })
 */
export async function findSignInAccounts(
  db: Database,
  email: string,
  options: { organization?: string | undefined; limit: number },
): Promise<SignInAccount[]> {
  const named = options.organization;
  const rows = await db
    .select({ person: people, organization: organizations })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(people.email, email),
        eq(people.status, 'active'),
        isNull(people.erasedAt),
        isNotNull(people.passwordHash),
        named === undefined ? undefined : or(eq(organizations.slug, named), sql`${organizations.id}::text = ${named}`),
      ),
    )
    .orderBy(asc(people.createdAt), asc(people.id))
    .limit(options.limit);
  return rows.flatMap(({ person, organization }) =>
    person.passwordHash === null
      ? []
      : [{ person: toPerson(person), passwordHash: person.passwordHash, organization: toOrganization(organization) }],
  );
}

/** The person's password hash (null before they set one), for checking their current password. */
export async function findPasswordHashOfPerson(db: Database, organizationId: string, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ passwordHash: people.passwordHash })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  return row?.passwordHash ?? null;
}

/** The organization's person with this email, if any. */
export async function findPersonByEmail(db: Database, organizationId: string, email: string): Promise<Person | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, email)));
  return row && toPerson(row);
}

/**
 * Whether the organization already has a person with this email. Other organizations' people
 * never count: an address is unique within an organization only.
 */
export async function emailIsTaken(db: Database, organizationId: string, email: string): Promise<boolean> {
  return (await findPersonByEmail(db, organizationId, email)) !== undefined;
}

/** The directory's text search: a fragment of the name, email, department or job title. */
function matchesSearch(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(
    ilike(people.displayName, pattern),
    ilike(people.email, pattern),
    ilike(people.department, pattern),
    ilike(people.jobTitle, pattern),
  );
}

/**
 * A few people of one organization whose name, email, department or title holds `q`, by name:
 * a picker's search for internal callers (network ties), not a list to page through.
 */
export async function searchPeople(
  db: Database,
  organizationId: string,
  query: { q?: string | undefined; limit: number },
): Promise<Person[]> {
  const rows = await db
    .select()
    .from(people)
    // Erased people keep a row for their shared contributions, not a place in the directory.
    .where(and(eq(people.organizationId, organizationId), isNull(people.erasedAt), matchesSearch(query.q)))
    .orderBy(asc(sql`lower(${people.displayName})`), asc(people.id))
    .limit(query.limit);
  return rows.map(toPerson);
}

/** The directory's order: by name, case aside, then id (index people_organization_name_idx). */
const byName = keyset('name', [{ by: sql`lower(${people.displayName})` }, { by: people.id }]);

/**
 * One page of the organization's directory, by name, narrowed by search and filters. Erased
 * people are left out.
 *
 * @example await pagePeople(db, organizationId, { limit: 50, q: 'finance', status: 'active' })
 */
export async function pagePeople(
  db: Database,
  organizationId: string,
  query: PageQuery & {
    q?: string | undefined;
    department?: string | undefined;
    organizationRole?: OrganizationRole | undefined;
    status?: Person['status'] | undefined;
  },
): Promise<Page<Person>> {
  const page = keysetQuery(byName, query);
  const rows = await db
    .select({ ...getTableColumns(people), cursorKey: page.cursorKey })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        isNull(people.erasedAt),
        matchesSearch(query.q),
        query.department === undefined ? undefined : sql`lower(${people.department}) = lower(${query.department})`,
        query.organizationRole === undefined ? undefined : eq(people.organizationRole, query.organizationRole),
        query.status === undefined ? undefined : eq(people.status, query.status),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  const { items, nextCursor } = pageFrom(rows, query, byName);
  return { items: items.map(toPerson), nextCursor };
}

export async function updatePasswordHash(db: Database, organizationId: string, personId: string, passwordHash: string): Promise<void> {
  await db
    .update(people)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
}

export async function countPeople(db: Database, organizationId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(people).where(eq(people.organizationId, organizationId));
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

/**
 * The display names of these people, by id, in one query over a uuid array (only the two
 * columns: for telling thousands of people each other's names, as publishing a match does).
 */
export async function findDisplayNames(db: Database, organizationId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, displayName: people.displayName })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), sql`${people.id} = any(${sql.param([...ids])}::uuid[])`));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
