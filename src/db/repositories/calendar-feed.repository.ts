import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { calendarFeeds } from '../schema/index.ts';

/** A live calendar feed: whose it is and since when (the token itself is never stored). */
export type CalendarFeedRecord = { id: string; organizationId: string; personId: string; createdAt: Date };

const columns = {
  id: calendarFeeds.id,
  organizationId: calendarFeeds.organizationId,
  personId: calendarFeeds.personId,
  createdAt: calendarFeeds.createdAt,
};

/** @example await insertCalendarFeed(trx, orgId, personId, hashToken(secret, token)) */
export async function insertCalendarFeed(
  db: Database,
  organizationId: string,
  personId: string,
  tokenHash: string,
): Promise<CalendarFeedRecord> {
  const [row] = await db.insert(calendarFeeds).values({ organizationId, personId, tokenHash }).returning(columns);
  if (!row) throw new Error('insert into calendar_feeds returned no row');
  return row;
}

/** The live feed a token's hash belongs to; revoked feeds are not found. */
export async function findLiveCalendarFeedByTokenHash(db: Database, tokenHash: string): Promise<CalendarFeedRecord | null> {
  const [row] = await db
    .select(columns)
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}

/** A person's live feed, if any (the newest). */
export async function findLiveCalendarFeedOfPerson(
  db: Database,
  organizationId: string,
  personId: string,
): Promise<CalendarFeedRecord | null> {
  const [row] = await db
    .select(columns)
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row ?? null;
}

/** Revokes every live feed of a person; returns how many were live. */
export async function revokeCalendarFeedsOfPerson(db: Database, organizationId: string, personId: string, at: Date): Promise<number> {
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(calendarFeeds.personId, personId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.length;
}
