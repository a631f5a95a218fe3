import type { z } from 'zod';
import {
  type CreateMentorRequestSchema,
  MentorAvailabilitySchema,
  MentorRequestSchema,
  MentorRequestPageSchema,
  type DeclineMentorRequest,
  type MentorAvailability,
  type MentorRequest,
} from '../../../shared/schemas/index.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { requestJson, toQueryString } from './client.ts';

export type { DeclineMentorRequest, MentorAvailability, MentorRequest };

/** The requests I sent, or my inbox of those sent to me. */
export type RequestBox = 'sent' | 'received';

/** What the request form sends. */
export type NewMentorRequest = z.input<typeof CreateMentorRequestSchema>;

/** Query key of the signed-in person's requests, sent and received (each box's pages below it). */
export const myMentorRequestsQueryKey = ['me', 'mentor-requests'] as const;

export function myMentorRequestBoxQueryKey(box: RequestBox) {
  return [...myMentorRequestsQueryKey, box] as const;
}

/** One page of the requests I sent or received, newest first. */
export function fetchMyMentorRequestPage(box: RequestBox, cursor?: string): Promise<Page<MentorRequest>> {
  return requestJson(`/me/mentor-requests${toQueryString({ box, cursor })}`, MentorRequestPageSchema);
}

export function sendMentorRequest(request: NewMentorRequest): Promise<MentorRequest> {
  return requestJson('/mentor-requests', MentorRequestSchema, { method: 'POST', body: request });
}

/** One state change of a request: question, answer, accept, decline or withdraw. */
export function changeMentorRequest(
  requestId: string,
  action: 'question' | 'answer' | 'accept' | 'decline' | 'withdraw',
  body?: unknown,
): Promise<MentorRequest> {
  return requestJson(`/mentor-requests/${encodeURIComponent(requestId)}/${action}`, MentorRequestSchema, { method: 'POST', body });
}

/** Query key of whether the signed-in person can send a request to a mentor now. */
export function mentorAvailabilityQueryKey(mentorId: string) {
  return ['mentor-requests', 'availability', mentorId] as const;
}

export function fetchMentorAvailability(mentorId: string): Promise<MentorAvailability> {
  return requestJson(`/mentor-requests/availability/${encodeURIComponent(mentorId)}`, MentorAvailabilitySchema);
}
