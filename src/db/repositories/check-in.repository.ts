import { and, eq } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { checkIns } from '../schema/index.ts';

/** A check-in between meetings, mapped. */
export type CheckInRecord = { id: string; authorId: string; body: string; createdAt: Date };

const columns = { id: checkIns.id, authorId: checkIns.authorId, body: checkIns.body, createdAt: checkIns.createdAt };

const newestFirst = keyset('newest', [
  { by: checkIns.createdAt, direction: 'desc' },
  { by: checkIns.id, direction: 'desc' },
]);

/** One page of a relationship's check-ins, newest first (index check_ins_idx). */
export async function listCheckIns(
  db: Database,
  organizationId: string,
  relationshipId: string,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<CheckInRecord>> {
  const page = keysetQuery(newestFirst, query);
  const rows = await db
    .select({ ...columns, cursorKey: page.cursorKey })
    .from(checkIns)
    .where(and(eq(checkIns.organizationId, organizationId), eq(checkIns.relationshipId, relationshipId), page.after))
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestFirst);
}

/** Inserts a check-in and returns it. */
export async function insertCheckIn(
  db: Database,
  organizationId: string,
  row: { relationshipId: string; authorId: string; body: string; createdAt: Date },
): Promise<CheckInRecord> {
  const [inserted] = await db
    .insert(checkIns)
    .values({ ...row, organizationId })
    .returning(columns);
  if (!inserted) throw new Error('check-in not inserted');
  return inserted;
}
