import { limits } from '../../../shared/limits.ts';
import type { MentorAvailability } from '../../../shared/schemas/mentor-requests.ts';
import { countPendingRequestsToMentor, listPendingRequestsOfMentee } from '../../db/repositories/mentor-request.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import { findPeopleSharingARequestProgram } from '../../db/repositories/request-program.repository.ts';
import { invalidInput } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Before writing a request: the mentor's name and whether a request to them would be taken now,
 * checked in the same order and with the same codes as sending (which checks again under lock).
 *
 * @example const { mentor, canRequest, reason } = await findMentorAvailability(ctx, mentee, mentorId);
 */
export async function findMentorAvailability(ctx: ServiceContext, actor: Actor, mentorId: string): Promise<MentorAvailability> {
  const { organizationId } = actor;
  const [mentor] = await findPeopleByIds(ctx.db, organizationId, [mentorId]);
  if (!mentor || mentorId === actor.personId)
    throw invalidInput([{ field: 'mentorId', message: 'must be another person of your organization' }]);
  const [profiles, reachable, mine, room, waiting] = await Promise.all([
    findProfiles(ctx.db, organizationId, [mentorId]),
    findPeopleSharingARequestProgram(ctx.db, organizationId, actor.personId, [mentorId]),
    listPendingRequestsOfMentee(ctx.db, organizationId, actor.personId),
    findMentorRoom(ctx.db, organizationId, [mentorId]),
    countPendingRequestsToMentor(ctx.db, organizationId, mentorId),
  ]);
  const reason = profiles.get(mentorId)?.mentoringPaused
    ? 'mentor_paused'
    : !reachable.has(mentorId)
      ? 'no_shared_program'
      : mine.some((r) => r.mentorId === mentorId)
        ? 'request_exists'
        : mine.length >= limits.openMentorRequestsMax
          ? 'too_many_open_requests'
          : (room.get(mentorId) ?? 0) - waiting < 1
            ? 'mentor_at_capacity'
            : null;
  return { mentor: { id: mentor.id, displayName: mentor.displayName }, canRequest: reason === null, reason };
}
