import type { MentorRequest } from '../../../shared/schemas/mentor-requests.ts';
import type { MentorRequestRecord } from '../../db/repositories/mentor-request.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import type { Database } from '../../db/database.ts';
import type { RequestRole } from './mentor-request-access.ts';

/**
 * Presents requests to one of their two people, with both names. Nothing here is hidden from
 * either side: the request is written by the mentee for the mentor, the question and decline for the mentee.
 *
 * @example const [view] = await presentMentorRequests(db, orgId, actor.personId, [record]);
 */
export async function presentMentorRequests(
  db: Database,
  organizationId: string,
  viewerId: string,
  requests: MentorRequestRecord[],
): Promise<MentorRequest[]> {
  const people = await findPeopleByIds(db, organizationId, [...new Set(requests.flatMap((r) => [r.menteeId, r.mentorId]))]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const nameOf = (id: string) => ({ id, displayName: names.get(id) ?? 'Someone' });
  return requests.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    mentee: nameOf(r.menteeId),
    mentor: nameOf(r.mentorId),
    programId: r.programId,
    message: r.message,
    need: { text: r.needText, functions: r.needFunctions },
    frequency: r.frequency,
    investment: r.investment,
    reverseOffer: r.reverseOffer,
    planExcerpt: r.planExcerpt,
    question: r.question,
    answer: r.answer,
    declineReason: r.declineReason,
    declineText: r.declineText,
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    relationshipId: r.relationshipId,
    meetingId: r.meetingId,
    role: (r.mentorId === viewerId ? 'mentor' : 'mentee') satisfies RequestRole,
  }));
}
