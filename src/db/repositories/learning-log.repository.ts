import { and, eq, or } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { learningLogEntries } from '../schema/index.ts';

/** One learning-log entry, mapped: what its author tried, what happened, what they learned. */
export type LearningLogEntryRecord = {
  id: string;
  authorId: string;
  tried: string;
  happened: string;
  learned: string;
  shared: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const columns = {
  id: learningLogEntries.id,
  authorId: learningLogEntries.authorId,
  tried: learningLogEntries.tried,
  happened: learningLogEntries.happened,
  learned: learningLogEntries.learned,
  shared: learningLogEntries.shared,
  createdAt: learningLogEntries.createdAt,
  updatedAt: learningLogEntries.updatedAt,
};

const ofRelationship = (organizationId: string, relationshipId: string) =>
  and(eq(learningLogEntries.organizationId, organizationId), eq(learningLogEntries.relationshipId, relationshipId));

const newestEntriesFirst = keyset('newest', [
  { by: learningLogEntries.createdAt, direction: 'desc' },
  { by: learningLogEntries.id, direction: 'desc' },
]);

/**
 * One page of the entries `readerId` may read in a relationship, newest first (index learning_log_entries_idx): their own, and the others'
 * shared ones. The filter is in the query, so a private entry never leaves the database for
 * anyone but its author.
 */
export async function listLearningLogForReader(
  db: Database,
  organizationId: string,
  relationshipId: string,
  readerId: string,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<LearningLogEntryRecord>> {
  const page = keysetQuery(newestEntriesFirst, query);
  const rows = await db
    .select({ ...columns, cursorKey: page.cursorKey })
    .from(learningLogEntries)
    .where(
      and(
        ofRelationship(organizationId, relationshipId),
        or(eq(learningLogEntries.authorId, readerId), eq(learningLogEntries.shared, true)),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestEntriesFirst);
}

/** One entry, if `readerId` may read it (their own, or shared); null otherwise. */
export async function findLearningLogEntryForReader(
  db: Database,
  organizationId: string,
  relationshipId: string,
  entryId: string,
  readerId: string,
): Promise<LearningLogEntryRecord | null> {
  const [row] = await db
    .select(columns)
    .from(learningLogEntries)
    .where(
      and(
        ofRelationship(organizationId, relationshipId),
        eq(learningLogEntries.id, entryId),
        or(eq(learningLogEntries.authorId, readerId), eq(learningLogEntries.shared, true)),
      ),
    );
  return row ?? null;
}

/** Inserts an entry and returns its id. */
export async function insertLearningLogEntry(
  db: Database,
  organizationId: string,
  row: { relationshipId: string; authorId: string; tried: string; happened: string; learned: string; shared: boolean; createdAt: Date },
): Promise<string> {
  const [inserted] = await db
    .insert(learningLogEntries)
    .values({ ...row, organizationId, updatedAt: row.createdAt })
    .returning({ id: learningLogEntries.id });
  if (!inserted) throw new Error('learning log entry not inserted');
  return inserted.id;
}

/** Changes an entry of `authorId` (an entry of anyone else is left alone). */
export async function updateLearningLogEntry(
  db: Database,
  organizationId: string,
  key: { relationshipId: string; entryId: string; authorId: string },
  change: Partial<Pick<LearningLogEntryRecord, 'tried' | 'happened' | 'learned' | 'shared'>> & { updatedAt: Date },
): Promise<void> {
  await db
    .update(learningLogEntries)
    .set(change)
    .where(
      and(
        ofRelationship(organizationId, key.relationshipId),
        eq(learningLogEntries.id, key.entryId),
        eq(learningLogEntries.authorId, key.authorId),
      ),
    );
}

/** Deletes an entry of `authorId`; false when there was none. */
export async function deleteLearningLogEntry(
  db: Database,
  organizationId: string,
  key: { relationshipId: string; entryId: string; authorId: string },
): Promise<boolean> {
  const deleted = await db
    .delete(learningLogEntries)
    .where(
      and(
        ofRelationship(organizationId, key.relationshipId),
        eq(learningLogEntries.id, key.entryId),
        eq(learningLogEntries.authorId, key.authorId),
      ),
    )
    .returning({ id: learningLogEntries.id });
  return deleted.length > 0;
}
