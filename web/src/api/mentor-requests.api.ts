import type { z } from 'zod';
import {
  type CreateMentorRequestSchema,
  MentorAvailabilitySchema,
  MentorRequestSchema,
  MyMentorRequestsSchema,
  type DeclineMentorRequest,
  type MentorAvailability,
  type MentorRequest,
  type MyMentorRequests,
} from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export type { DeclineMentorRequest, MentorAvailability, MentorRequest, MyMentorRequests };

/** What the request form sends. */
export type NewMentorRequest = z.input<typeof CreateMentorRequestSchema>;

/** Query key of the signed-in person's requests, sent and received. */
export const myMentorRequestsQueryKey = ['me', 'mentor-requests'] as const;

export function fetchMyMentorRequests(): Promise<MyMentorRequests> {
  return requestJson('/me/mentor-requests', MyMentorRequestsSchema);
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
