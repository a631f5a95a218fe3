import {
  pendingRequestStatuses,
  findMentorRequestById,
  type MentorRequestRecord,
} from '../../db/repositories/mentor-request.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import type { Database } from '../../db/database.ts';
import { conflict, forbidden, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

/** The caller's side of a request: the mentee sent it, the mentor received it. */
export type RequestRole = 'mentee' | 'mentor';

/**
 * A request, for its two people only: everyone else (coordinators and admins included) gets
 * "not found", since a request is a private message between them.
 *
 * @example const { request, role } = await getRequestAsParty(ctx, actor, id);
 */
export async function getRequestAsParty(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
): Promise<{ request: MentorRequestRecord; role: RequestRole }> {
  const request = await findMentorRequestById(ctx.db, actor.organizationId, requestId);
  const role = request?.menteeId === actor.personId ? 'mentee' : request?.mentorId === actor.personId ? 'mentor' : null;
  if (!request || !role) throw notFound('mentor_request');
  return { request, role };
}

/** Refuses an action meant for the other side (the mentee cannot accept their own request). */
export function requireRole(role: RequestRole, needed: RequestRole): void {
  if (role !== needed)
    throw forbidden(needed === 'mentor' ? 'only_the_mentor_answers' : 'only_the_mentee_may', `Only the ${needed} may do this`);
}

/** Refuses a change to a request that is no longer waiting (answered, withdrawn, or past its expiry). */
export function requirePending(request: MentorRequestRecord, now: Date): void {
  const waiting = (pendingRequestStatuses as readonly string[]).includes(request.status);
  if (!waiting || request.expiresAt <= now)
    throw conflict('request_not_open', `This request is ${waiting ? 'expired' : request.status.replaceAll('_', ' ')}`);
}

/** One side of a request by id and name, to tell the other side who acted. */
export async function personNamed(db: Database, organizationId: string, personId: string): Promise<{ id: string; name: string }> {
  const [person] = await findPeopleByIds(db, organizationId, [personId]);
  return { id: personId, name: person?.displayName ?? 'Your mentor' };
}
