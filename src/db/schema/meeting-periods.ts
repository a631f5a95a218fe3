import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type MeetingPeriod, meetingStatuses, upcomingMeetingStatuses } from '../../../shared/schemas/meetings.ts';

const upcoming: readonly string[] = upcomingMeetingStatuses;
const statusesOf: Record<MeetingPeriod, readonly string[]> = {
  upcoming,
  past: meetingStatuses.filter((status) => !upcoming.includes(status)),
};

/**
 * Which meetings one of a pair's two lists holds (upcoming: proposed and accepted; past: every
 * other status), as literal SQL: the predicate of the list's partial index and the list's own
 * filter are this same text, so the planner matches them (a parameter would not prove the
 * index's predicate). The statuses are the enum's, never input.
 *
 * @example index('meetings_past_idx').on(t.organizationId, t.relationshipId, t.startsAt, t.id).where(meetingPeriodCondition(t.status, 'past'))
 */
export function meetingPeriodCondition(status: SQLWrapper, period: MeetingPeriod): SQL {
  const list = statusesOf[period].map((value) => `'${value}'`).join(', ');
  return sql`${status} in (${sql.raw(list)})`;
}
