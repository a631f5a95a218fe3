import {
  CalendarFeedStatusSchema,
  CreatedCalendarFeedSchema,
  type CalendarFeedStatus,
  type CreatedCalendarFeed,
} from '../../../shared/schemas/index.ts';
import { requestJson, requestVoid } from './client.ts';

export type { CalendarFeedStatus, CreatedCalendarFeed };

export const calendarFeedQueryKey = ['me', 'calendar-feed'] as const;

export function fetchCalendarFeedStatus(): Promise<CalendarFeedStatus> {
  return requestJson('/me/calendar-feed', CalendarFeedStatusSchema);
}

/** A new private feed URL (shown once); any earlier feed stops working. */
export function createCalendarFeed(): Promise<CreatedCalendarFeed> {
  return requestJson('/me/calendar-feed', CreatedCalendarFeedSchema, { method: 'POST' });
}

export function revokeCalendarFeed(): Promise<void> {
  return requestVoid('/me/calendar-feed', { method: 'DELETE' });
}
