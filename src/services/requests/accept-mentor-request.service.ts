import { toMentoringFunctions } from '../../../shared/enums.ts';
import type { MentorRequest } from '../../../shared/schemas/mentor-requests.ts';
import { findActiveRolesOfPerson } from '../../db/repositories/enrolment.repository.ts';
import { insertMeeting } from '../../db/repositories/meeting.repository.ts';
import {
  findActivePairRelationshipId,
  lockMentorRequestById,
  updateMentorRequest,
  type MentorRequestRecord,
} from '../../db/repositories/mentor-request.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findPeopleByIds, lockPeople } from '../../db/repositories/person.repository.ts';
import { findProgramById, lockProgramById } from '../../db/repositories/program.repository.ts';
import type { Database } from '../../db/database.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { startRelationships } from '../relationships/start-relationships.ts';
import { mentorRequestAnswered } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { getRequestAsParty, personNamed, requirePending, requireRole } from './mentor-request-access.ts';
import { presentMentorRequests } from './mentor-request.view.ts';

/** A proposed conversation: a week from acceptance, on the hour, 45 minutes by video; the pair reschedules from there. */
const conversationLeadDays = 7;
const conversationMinutes = 45;

/**
 * The program the relationship belongs to: the one the request named, else the first open
 * one-to-one or self-directed program both take part in (preferring one where they hold the
 * mentor and mentee roles).
 */
async function resolveProgram(db: Database, organizationId: string, request: MentorRequestRecord): Promise<string> {
  // `db` may be a transaction, whose one connection runs one query at a time.
  const menteeRoles = await findActiveRolesOfPerson(db, organizationId, request.menteeId);
  const mentorRoles = await findActiveRolesOfPerson(db, organizationId, request.mentorId);
  const candidates = request.programId ? [request.programId] : [...menteeRoles.keys()].filter((id) => mentorRoles.has(id));
  candidates.sort(
    (a, b) =>
      Number(mentorRoles.get(b)?.includes('mentor') && menteeRoles.get(b)?.includes('mentee')) -
      Number(mentorRoles.get(a)?.includes('mentor') && menteeRoles.get(a)?.includes('mentee')),
  );
  for (const programId of candidates) {
    const program = await findProgramById(db, organizationId, programId);
    if (program && program.type !== 'group' && program.status !== 'closed' && menteeRoles.has(programId) && mentorRoles.has(programId))
      return programId;
  }
  throw conflict('no_shared_program', 'You two need an open one-to-one or self-directed program in common for this request to start');
}

/** Starts the relationship of an accepted request once the mentor's room is counted under lock (409 `mentor_at_capacity` without it). */
async function startRequestRelationship(
  db: Database,
  organizationId: string,
  programId: string,
  request: MentorRequestRecord,
  acceptedById: string,
  now: Date,
): Promise<string> {
  const room = (await findMentorRoom(db, organizationId, [request.mentorId])).get(request.mentorId) ?? 0;
  if (room < 1) {
    const [mentor] = await findPeopleByIds(db, organizationId, [request.mentorId]);
    throw conflict('mentor_at_capacity', `${mentor?.displayName ?? 'This mentor'} has no room for another mentee`);
  }
  const [relationshipId] = await startRelationships(
    db,
    organizationId,
    [
      {
        programId,
        mentorId: request.mentorId,
        menteeId: request.menteeId,
        source: 'request',
        matchingRunId: null,
        createdById: acceptedById,
        functions: toMentoringFunctions(request.needFunctions),
      },
    ],
    now.toISOString().slice(0, 10),
  );
  if (!relationshipId) throw notFound('relationship');
  return relationshipId;
}

/**
 * The mentor accepts. An `area` or `period` request starts a relationship (source `request`:
 * stage 1 and a draft agreement); a `conversation` becomes a single proposed meeting, in the
 * pair's active relationship if they have one, else in a new request relationship to hang it on.
 * The draft agreement names the functions the request's need asked for. As in manual pairing, the program and then the mentor are locked and the mentor's
 * room counted inside the transaction, so two accepts racing for the last place leave exactly
 * one relationship (the other gets 409 `mentor_at_capacity`). Only the mentor may accept.
 *
 * @example const request = await acceptMentorRequest(ctx, mentor, requestId); request.relationshipId
 */
export async function acceptMentorRequest(ctx: ServiceContext, actor: Actor, requestId: string): Promise<MentorRequest> {
  const { role, request: seen } = await getRequestAsParty(ctx, actor, requestId);
  requireRole(role, 'mentor');
  const { organizationId } = actor;
  const accepted = await ctx.db.transaction(async (trx) => {
    const programId = await resolveProgram(trx, organizationId, seen);
    await lockProgramById(trx, organizationId, programId);
    await lockPeople(trx, organizationId, [seen.mentorId]);
    const request = await lockMentorRequestById(trx, organizationId, requestId);
    if (!request) throw notFound('mentor_request');
    const now = ctx.now();
    requirePending(request, now);
    // A conversation with someone already mentoring you is a meeting in that relationship (no new place);
    // any other request between an existing pair would duplicate it.
    const existing = await findActivePairRelationshipId(trx, organizationId, programId, request.mentorId, request.menteeId);
    if (existing && request.kind !== 'conversation')
      throw conflict('relationship_exists', 'You two already have an active relationship in this program');
    const relationshipId = existing ?? (await startRequestRelationship(trx, organizationId, programId, request, actor.personId, now));
    let meetingId: string | null = null;
    if (request.kind === 'conversation') {
      const startsAt = new Date(now.getTime() + conversationLeadDays * 24 * 60 * 60 * 1000);
      startsAt.setUTCMinutes(0, 0, 0);
      const meeting = await insertMeeting(trx, organizationId, {
        relationshipId,
        proposedById: actor.personId,
        startsAt,
        durationMinutes: conversationMinutes,
        timeZone: 'UTC',
        channel: 'video',
        videoLink: null,
        location: null,
        agenda: request.needText,
        agendaById: request.menteeId,
      });
      meetingId = meeting.id;
    }
    const updated = await updateMentorRequest(trx, organizationId, requestId, {
      status: 'accepted',
      answeredAt: now,
      relationshipId,
      meetingId,
    });
    await notify(trx, mentorRequestAnswered(organizationId, updated, await personNamed(trx, organizationId, actor.personId), 'accepted'));
    return updated;
  });
  const [view] = await presentMentorRequests(ctx.db, organizationId, actor.personId, [accepted]);
  if (!view) throw notFound('mentor_request');
  return view;
}
