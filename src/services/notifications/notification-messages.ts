import type { NotificationMessage } from './notify.ts';
import { timeInZone } from '../../domain/time/time-in-zone.ts';

/**
 * The notifications of the events that already happen (issue 16): each says only what its
 * reader may see (the other person's name, which they see on the page linked; the time of a
 * meeting they are invited to), never a request's message or a pair's content.
 */

type Person = { id: string; name: string };

/** A mentee's request reached the mentor. */
export function mentorRequestReceived(organizationId: string, requestId: string, mentee: Person, mentorId: string): NotificationMessage {
  return {
    organizationId,
    personId: mentorId,
    kind: 'mentor_request_received',
    category: 'requests',
    title: `${mentee.name} sent you a mentor request`,
    body: 'Read it and answer from your requests.',
    link: '/requests',
    eventKey: `mentor_request_received:${requestId}`,
  };
}

/** The mentor accepted or declined; the mentee hears it (an accepted request links to the relationship). */
export function mentorRequestAnswered(
  organizationId: string,
  request: { id: string; menteeId: string; relationshipId: string | null },
  mentor: Person,
  answer: 'accepted' | 'declined',
): NotificationMessage {
  const accepted = answer === 'accepted';
  return {
    organizationId,
    personId: request.menteeId,
    kind: `mentor_request_${answer}`,
    category: 'requests',
    title: `${mentor.name} ${answer} your mentor request`,
    body: accepted ? 'Your relationship has started: the first step is your agreement.' : 'You can ask someone else from your network.',
    link: accepted && request.relationshipId ? `/relationships/${request.relationshipId}` : '/requests',
    eventKey: `mentor_request_answered:${request.id}`,
  };
}

/** One of a pair proposed a meeting; the other side is asked to accept it. */
export function meetingProposed(
  organizationId: string,
  meeting: { id: string; relationshipId: string; startsAt: Date },
  proposer: Person,
  other: Person & { timeZone: string | null },
): NotificationMessage {
  return {
    organizationId,
    personId: other.id,
    kind: 'meeting_proposed',
    category: 'meetings',
    title: `${proposer.name} proposed a meeting`,
    body: timeInZone(meeting.startsAt, other.timeZone),
    link: `/relationships/${meeting.relationshipId}`,
    eventKey: `meeting_proposed:${meeting.id}`,
  };
}

/** A published match told to both sides of one pair: each learns the other's name and the way to their relationship. */
export function matchPublished(
  organizationId: string,
  relationshipId: string,
  programName: string,
  mentee: Person,
  mentor: Person,
): NotificationMessage[] {
  const told = (reader: Person, other: Person, role: string): NotificationMessage => ({
    organizationId,
    personId: reader.id,
    kind: 'match_published',
    category: 'activity',
    title: `You have been matched with ${other.name}, your ${role}`,
    body: `${programName}: start with your mentoring agreement.`,
    link: `/relationships/${relationshipId}`,
    eventKey: `match_published:${relationshipId}`,
  });
  return [told(mentee, mentor, 'mentor'), told(mentor, mentee, 'mentee')];
}
