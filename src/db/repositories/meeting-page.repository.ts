import { and, eq } from 'drizzle-orm';
import type { MeetingPeriod } from '../../../shared/schemas/meetings.ts';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { type Keyset, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { meetingPeriodCondition } from '../schema/meeting-periods.ts';
import { meetings } from '../schema/index.ts';
import { meetingColumns, type MeetingRecord } from './meeting.repository.ts';

/** Each list's order: upcoming soonest first, past newest first (indexes meetings_upcoming_idx, meetings_past_idx). */
const orders: Record<MeetingPeriod, Keyset> = {
  upcoming: keyset('upcoming', [{ by: meetings.startsAt }, { by: meetings.id }]),
  past: keyset('past', [
    { by: meetings.startsAt, direction: 'desc' },
    { by: meetings.id, direction: 'desc' },
  ]),
};

/**
 * The query of one page of a relationship's upcoming meetings (proposed and accepted, by start
 * time) or past ones (held, missed and cancelled, newest first): the rows, one past the page,
 * each with its cursor key. A cursor of one list is refused by the other (422, field `cursor`).
 *
 * @example const plan = await countExaminedRows(db, meetingPageQuery(db, orgId, relationshipId, 'past', { limit: 50 }).getSQL());
 */
export function meetingPageQuery(
  db: Database,
  organizationId: string,
  relationshipId: string,
  period: MeetingPeriod,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
) {
  const page = keysetQuery(orders[period], query);
  return db
    .select({ ...meetingColumns, cursorKey: page.cursorKey })
    .from(meetings)
    .where(
      and(
        eq(meetings.organizationId, organizationId),
        eq(meetings.relationshipId, relationshipId),
        meetingPeriodCondition(meetings.status, period),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
}

/**
 * One page of a relationship's upcoming or past meetings (see meetingPageQuery).
 *
 * @example const page = await listMeetingPage(db, orgId, relationshipId, 'upcoming', { limit: 50 });
 */
export async function listMeetingPage(
  db: Database,
  organizationId: string,
  relationshipId: string,
  period: MeetingPeriod,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<MeetingRecord>> {
  return pageFrom(await meetingPageQuery(db, organizationId, relationshipId, period, query), query, orders[period]);
}
