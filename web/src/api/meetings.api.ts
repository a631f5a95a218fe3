import {
  MeetingPageSchema,
  MeetingSchema,
  type Meeting,
  type MeetingPage,
  type MeetingPeriod,
  type ProposeMeeting,
  type RescheduleMeeting,
} from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { Meeting, MeetingPage, MeetingPeriod, ProposeMeeting, RescheduleMeeting };

/** Query key of one of a relationship's meeting lists (under the relationship's key, so it refreshes with it). */
export function meetingsQueryKey(relationshipId: string, when: MeetingPeriod) {
  return [...relationshipQueryKey(relationshipId), 'meetings', when] as const;
}

const base = (relationshipId: string) => `/relationships/${relationshipId}/meetings`;

/** A page of the upcoming meetings (soonest first) or the past ones (newest first). */
export function fetchMeetingsPage(relationshipId: string, when: MeetingPeriod, cursor?: string): Promise<MeetingPage> {
  return requestJson(`${base(relationshipId)}${toQueryString({ when, cursor })}`, MeetingPageSchema);
}

export function proposeMeeting(relationshipId: string, body: ProposeMeeting): Promise<Meeting> {
  return requestJson(base(relationshipId), MeetingSchema, { method: 'POST', body });
}

/** A change of a meeting: the action's path segment and its body. */
export type MeetingChangeRequest =
  | { action: 'accept' | 'missed' }
  | { action: 'reschedule'; body: RescheduleMeeting }
  | { action: 'cancel'; body: { reason: string } }
  | { action: 'held'; body: { summary?: string } }
  | { action: 'agenda'; body: { agenda: string } }
  | { action: 'summary'; body: { summary: string } };

export function changeMeeting(relationshipId: string, meetingId: string, change: MeetingChangeRequest): Promise<Meeting> {
  return requestJson(`${base(relationshipId)}/${meetingId}/${change.action}`, MeetingSchema, {
    method: 'POST',
    body: 'body' in change ? change.body : {},
  });
}

/** Where the browser downloads a meeting's .ics file (a plain link; the session cookie goes along). */
export function meetingCalendarFileUrl(relationshipId: string, meetingId: string): string {
  return `/api/v1${base(relationshipId)}/${meetingId}/meeting.ics`;
}
