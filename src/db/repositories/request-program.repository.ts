import { aliasedTable, and, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { enrolments, programs } from '../schema/index.ts';

/**
 * Which of `otherIds` take part, with `personId`, in an open one-to-one or self-directed
 * program: the people a request from `personId` could become a relationship with (a
 * relationship lives in a program; group programs form circles instead).
 *
 * @example const reachable = await findPeopleSharingARequestProgram(db, orgId, menteeId, candidateIds);
 */
export async function findPeopleSharingARequestProgram(db: Database, organizationId: string, personId: string, otherIds: readonly string[]): Promise<Set<string>> {
  if (otherIds.length === 0) return new Set();
  const mine = aliasedTable(enrolments, 'mine');
  const rows = await db
    .selectDistinct({ personId: enrolments.personId })
    .from(enrolments)
    .innerJoin(mine, and(eq(mine.organizationId, enrolments.organizationId), eq(mine.programId, enrolments.programId), eq(mine.personId, personId), eq(mine.status, 'active')))
    .innerJoin(programs, and(eq(programs.organizationId, enrolments.organizationId), eq(programs.id, enrolments.programId), ne(programs.type, 'group'), ne(programs.status, 'closed')))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'active'), inArray(enrolments.personId, [...otherIds])));
  return new Set(rows.map((row) => row.personId));
}
