import { and, asc, eq, getTableColumns, or, sql } from 'drizzle-orm';
import type { MatchingOverridePageQuery } from '../../../shared/schemas/matching.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { matchingOverrides, people } from '../schema/index.ts';

export type MatchingOverrideRow = typeof matchingOverrides.$inferSelect;

/** A program's overrides, oldest first; of one kind when `kind` is given (matching_overrides_program_kind_idx). */
export async function listMatchingOverrides(
  db: Database,
  organizationId: string,
  programId: string,
  kind?: MatchingOverrideRow['kind'],
): Promise<MatchingOverrideRow[]> {
  return db
    .select()
    .from(matchingOverrides)
    .where(
      and(
        eq(matchingOverrides.organizationId, organizationId),
        eq(matchingOverrides.programId, programId),
        kind ? eq(matchingOverrides.kind, kind) : undefined,
      ),
    )
    .orderBy(asc(matchingOverrides.createdAt), asc(matchingOverrides.id));
}

/**
 * The coordinators' order: locks, then forbidden pairs, then people left out ('lock' > 'forbid' >
 * 'exclude'), newest first within a kind. One direction throughout, so
 * matching_overrides_program_kind_idx serves it read backwards, with or without a kind.
 */
const overridesByKind = keyset('override-kind', [
  { by: matchingOverrides.kind, direction: 'desc' },
  { by: matchingOverrides.createdAt, direction: 'desc' },
  { by: matchingOverrides.id, direction: 'desc' },
]);

/** Overrides naming someone whose name contains `q` (a lookup by key per override walked). */
function namedLike(organizationId: string, q: string) {
  return sql`exists (select 1 from ${people} where ${people.organizationId} = ${organizationId}
    and ${people.id} in (${matchingOverrides.menteeId}, ${matchingOverrides.mentorId}, ${matchingOverrides.personId})
    and ${people.displayName} ilike ${containsPattern(q)})`;
}

/**
 * One page of a program's overrides in the coordinators' order, optionally of one kind, naming
 * one person (on either side of a pair, or left out), or naming someone whose name contains `q`.
 * Only the page's rows leave the database.
 *
 * @example const page = await pageMatchingOverrides(db, orgId, programId, { limit: 50, kind: 'forbid' });
 */
export async function pageMatchingOverrides(
  db: Database,
  organizationId: string,
  programId: string,
  query: MatchingOverridePageQuery,
): Promise<Page<MatchingOverrideRow>> {
  const page = keysetQuery(overridesByKind, query);
  const { personId } = query;
  const rows = await db
    .select({ ...getTableColumns(matchingOverrides), cursorKey: page.cursorKey })
    .from(matchingOverrides)
    .where(
      and(
        eq(matchingOverrides.organizationId, organizationId),
        eq(matchingOverrides.programId, programId),
        query.kind ? eq(matchingOverrides.kind, query.kind) : undefined,
        personId
          ? or(eq(matchingOverrides.menteeId, personId), eq(matchingOverrides.mentorId, personId), eq(matchingOverrides.personId, personId))
          : undefined,
        query.q ? namedLike(organizationId, query.q) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, overridesByKind);
}

export async function insertMatchingOverride(
  db: Database,
  organizationId: string,
  values: Pick<MatchingOverrideRow, 'programId' | 'kind' | 'menteeId' | 'mentorId' | 'personId' | 'createdById'>,
): Promise<MatchingOverrideRow> {
  const [row] = await db
    .insert(matchingOverrides)
    .values({ ...values, organizationId })
    .returning();
  if (!row) throw new Error('insert into matching_overrides returned no row');
  return row;
}

export async function deleteMatchingOverride(db: Database, organizationId: string, programId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(matchingOverrides)
    .where(
      and(eq(matchingOverrides.organizationId, organizationId), eq(matchingOverrides.programId, programId), eq(matchingOverrides.id, id)),
    )
    .returning({ id: matchingOverrides.id });
  return rows.length === 1;
}
