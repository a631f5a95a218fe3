import { and, asc, eq, gt, ilike, inArray, ne, sql } from 'drizzle-orm';
import type { ProgramRole } from '../../../shared/enums.ts';
import type { Page, PageQuery, SearchPageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { enrolments, matchingPreferences, people } from '../schema/index.ts';

/** An active participant of a program in one role, as a preference names them. */
export type EnrolledPerson = { personId: string; displayName: string; jobTitle: string | null };

const enrolledColumns = { personId: enrolments.personId, displayName: people.displayName, jobTitle: people.jobTitle };
const activeIn = (organizationId: string, programId: string, role: ProgramRole) =>
  and(
    eq(enrolments.organizationId, organizationId),
    eq(enrolments.programId, programId),
    eq(enrolments.status, 'active'),
    eq(enrolments.role, role),
  );
const joinPeople = and(eq(people.organizationId, enrolments.organizationId), eq(people.id, enrolments.personId));

/** Of `personIds`, those actively enrolled in the program in `role` (one query for just these ids). */
export async function findActiveEnrolled(
  db: Database,
  organizationId: string,
  key: { programId: string; role: ProgramRole },
  personIds: readonly string[],
): Promise<EnrolledPerson[]> {
  if (personIds.length === 0) return [];
  return db
    .select(enrolledColumns)
    .from(enrolments)
    .innerJoin(people, joinPeople)
    .where(and(activeIn(organizationId, key.programId, key.role), inArray(enrolments.personId, [...personIds])));
}

/** The candidates' order: name, case aside, then the enrolment (served by enrolments_program_counts_idx, then sorted per page). */
const candidatesByName = keyset('candidate-name', [{ by: sql`lower(${people.displayName})` }, { by: enrolments.id }]);

/**
 * One page of a program's active participants in `role`, by name, but for `excludePersonId`
 * (the caller): whom a participant may pick or mark. Only the page's rows leave the database.
 */
export async function pageActiveEnrolled(
  db: Database,
  organizationId: string,
  key: { programId: string; role: ProgramRole; excludePersonId: string },
  query: SearchPageQuery,
): Promise<Page<EnrolledPerson>> {
  const page = keysetQuery(candidatesByName, query);
  const rows = await db
    .select({ ...enrolledColumns, cursorKey: page.cursorKey })
    .from(enrolments)
    .innerJoin(people, joinPeople)
    .where(
      and(
        activeIn(organizationId, key.programId, key.role),
        ne(enrolments.personId, key.excludePersonId),
        query.q ? ilike(people.displayName, containsPattern(query.q)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, candidatesByName);
}

/** A stated preference: a mentee's ranked pick, or a mentor's prefer/avoid mark. */
export type MatchingPreference = {
  personId: string;
  targetId: string;
  kind: 'pick' | 'prefer' | 'avoid';
  rank: number | null;
};

const preferenceColumns = {
  personId: matchingPreferences.personId,
  targetId: matchingPreferences.targetId,
  kind: matchingPreferences.kind,
  rank: matchingPreferences.rank,
};

/** Every preference stated in a program, picks in rank order. */
export async function listPreferencesOfProgram(db: Database, organizationId: string, programId: string): Promise<MatchingPreference[]> {
  return db
    .select(preferenceColumns)
    .from(matchingPreferences)
    .where(and(eq(matchingPreferences.organizationId, organizationId), eq(matchingPreferences.programId, programId)))
    .orderBy(asc(matchingPreferences.personId), asc(matchingPreferences.rank), asc(matchingPreferences.createdAt));
}

/** The coordinators' order of a program's preferences: by who stated them, then whom they are about (served by matching_preferences_unique). */
const preferencesByStater = keyset('preference-stater', [{ by: matchingPreferences.personId }, { by: matchingPreferences.targetId }]);

/**
 * One page of the preferences stated in a program, optionally of one kind or by one person. Only
 * the page's rows leave the database.
 */
export async function pagePreferencesOfProgram(
  db: Database,
  organizationId: string,
  key: { programId: string; kind?: MatchingPreference['kind'] | undefined; personId?: string | undefined },
  query: PageQuery,
): Promise<Page<MatchingPreference>> {
  const page = keysetQuery(preferencesByStater, query);
  const rows = await db
    .select({ ...preferenceColumns, cursorKey: page.cursorKey })
    .from(matchingPreferences)
    .where(
      and(
        eq(matchingPreferences.organizationId, organizationId),
        eq(matchingPreferences.programId, key.programId),
        key.kind ? eq(matchingPreferences.kind, key.kind) : undefined,
        key.personId ? eq(matchingPreferences.personId, key.personId) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, preferencesByStater);
}

/**
 * The names of those of `personIds` enrolled in the program in any role, active or withdrawn (one
 * query for just these ids); someone never or no longer enrolled is left out.
 */
export async function findNamesInProgram(
  db: Database,
  organizationId: string,
  programId: string,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: enrolments.personId, displayName: people.displayName })
    .from(enrolments)
    .innerJoin(people, joinPeople)
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programId, programId),
        inArray(enrolments.personId, [...new Set(personIds)]),
      ),
    );
  return new Map(rows.map((row) => [row.personId, row.displayName]));
}

/** One person's preferences in a program, picks in rank order. */
export async function listPreferencesOfPerson(
  db: Database,
  organizationId: string,
  programId: string,
  personId: string,
): Promise<MatchingPreference[]> {
  return db
    .select(preferenceColumns)
    .from(matchingPreferences)
    .where(
      and(
        eq(matchingPreferences.organizationId, organizationId),
        eq(matchingPreferences.programId, programId),
        eq(matchingPreferences.personId, personId),
      ),
    )
    .orderBy(asc(matchingPreferences.rank), asc(matchingPreferences.createdAt));
}

/**
 * Replaces a person's preferences of the given kinds in a program by `rows` (run it in the
 * caller's transaction so the swap is all or nothing).
 */
export async function replacePreferences(
  db: Database,
  organizationId: string,
  key: { programId: string; personId: string; kinds: ReadonlyArray<MatchingPreference['kind']> },
  rows: ReadonlyArray<Pick<MatchingPreference, 'targetId' | 'kind' | 'rank'>>,
): Promise<void> {
  await db
    .delete(matchingPreferences)
    .where(
      and(
        eq(matchingPreferences.organizationId, organizationId),
        eq(matchingPreferences.programId, key.programId),
        eq(matchingPreferences.personId, key.personId),
        inArray(matchingPreferences.kind, [...key.kinds]),
      ),
    );
  if (rows.length === 0) return;
  await db
    .insert(matchingPreferences)
    .values(rows.map((row) => ({ ...row, organizationId, programId: key.programId, personId: key.personId })));
}

/**
 * How many mentors each active mentee of a program wants (stored on the mentee enrolment, read
 * here because it is a matching preference like the picks).
 */
export async function listMentorsWanted(db: Database, organizationId: string, programId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ personId: enrolments.personId, mentorsWanted: enrolments.mentorsWanted })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programId, programId),
        eq(enrolments.role, 'mentee'),
        eq(enrolments.status, 'active'),
      ),
    );
  return new Map(rows.map((row) => [row.personId, row.mentorsWanted]));
}

/** The order of a program's mentees by person (served by enrolments_program_person_role_unique). */
const menteesByPerson = keyset('mentee-person', [{ by: enrolments.personId }]);

/**
 * One page of a program's active mentees with their names and how many mentors each wants: those
 * wanting more than one, or every one with `all`.
 */
export async function pageMentorsWanted(
  db: Database,
  organizationId: string,
  key: { programId: string; all: boolean },
  query: PageQuery,
): Promise<Page<{ personId: string; personName: string; mentorsWanted: number }>> {
  const page = keysetQuery(menteesByPerson, query);
  const rows = await db
    .select({
      personId: enrolments.personId,
      personName: people.displayName,
      mentorsWanted: enrolments.mentorsWanted,
      cursorKey: page.cursorKey,
    })
    .from(enrolments)
    .innerJoin(people, joinPeople)
    .where(and(activeIn(organizationId, key.programId, 'mentee'), key.all ? undefined : gt(enrolments.mentorsWanted, 1), page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, menteesByPerson);
}

/** How many mentors one active mentee of a program wants; undefined when they are no active mentee of it. */
export async function findMentorsWanted(
  db: Database,
  organizationId: string,
  key: { programId: string; personId: string },
): Promise<number | undefined> {
  const [row] = await db
    .select({ mentorsWanted: enrolments.mentorsWanted })
    .from(enrolments)
    .where(and(activeIn(organizationId, key.programId, 'mentee'), eq(enrolments.personId, key.personId)));
  return row?.mentorsWanted;
}

/** Sets how many mentors a mentee wants in a program; false when they are no active mentee of it. */
export async function updateMentorsWanted(
  db: Database,
  organizationId: string,
  key: { programId: string; personId: string },
  mentorsWanted: number,
): Promise<boolean> {
  const rows = await db
    .update(enrolments)
    .set({ mentorsWanted, updatedAt: sql`now()` })
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programId, key.programId),
        eq(enrolments.personId, key.personId),
        eq(enrolments.role, 'mentee'),
        eq(enrolments.status, 'active'),
      ),
    )
    .returning({ id: enrolments.id });
  return rows.length === 1;
}
