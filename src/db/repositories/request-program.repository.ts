import { aliasedTable, and, eq, exists, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { enrolments, people, programs } from '../schema/index.ts';

/**
 * The condition that the person in column `other` takes part, with `personId`, in an open
 * one-to-one or self-directed program: someone a request from `personId` could become a
 * relationship with (a relationship lives in a program; group programs form circles instead).
 *
 * @example db.select().from(people).where(sharesARequestProgram(db, orgId, menteeId, people.id))
 */
export function sharesARequestProgram(db: Database, organizationId: string, personId: string, other: AnyPgColumn): SQL {
  const mine = aliasedTable(enrolments, 'mine');
  const theirs = aliasedTable(enrolments, 'theirs');
  return exists(
    db
      .select({ one: sql`1` })
      .from(theirs)
      .innerJoin(
        mine,
        and(
          eq(mine.organizationId, theirs.organizationId),
          eq(mine.programId, theirs.programId),
          eq(mine.personId, personId),
          eq(mine.status, 'active'),
        ),
      )
      .innerJoin(
        programs,
        and(
          eq(programs.organizationId, theirs.organizationId),
          eq(programs.id, theirs.programId),
          ne(programs.type, 'group'),
          ne(programs.status, 'closed'),
        ),
      )
      .where(and(eq(theirs.organizationId, organizationId), eq(theirs.personId, other), eq(theirs.status, 'active'))),
  );
}

/**
 * Which of `otherIds` share an open one-to-one or self-directed program with `personId` (see
 * sharesARequestProgram).
 *
 * @example const reachable = await findPeopleSharingARequestProgram(db, orgId, menteeId, candidateIds);
 */
export async function findPeopleSharingARequestProgram(
  db: Database,
  organizationId: string,
  personId: string,
  otherIds: readonly string[],
): Promise<Set<string>> {
  if (otherIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(people.id, [...otherIds]),
        sharesARequestProgram(db, organizationId, personId, people.id),
      ),
    );
  return new Set(rows.map((row) => row.personId));
}
