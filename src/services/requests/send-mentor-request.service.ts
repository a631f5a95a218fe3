import { limits } from '../../../shared/limits.ts';
import type { CreateMentorRequest, MentorRequest } from '../../../shared/schemas/mentor-requests.ts';
import type { PlanExcerptNeed } from '../../../shared/schemas/mentor-requests.ts';
import { findDevelopmentPlan } from '../../db/repositories/development-plan.repository.ts';
import { findActiveRolesOfPerson } from '../../db/repositories/enrolment.repository.ts';
import {
  countPendingRequestsToMentor,
  insertMentorRequest,
  listPendingRequestsOfMentee,
} from '../../db/repositories/mentor-request.repository.ts';
import { findMentorRoom } from '../../db/repositories/mentor-room.repository.ts';
import { findPeopleByIds, lockPeople } from '../../db/repositories/person.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import { findProgramById } from '../../db/repositories/program.repository.ts';
import { findPeopleSharingARequestProgram } from '../../db/repositories/request-program.repository.ts';
import type { Database } from '../../db/database.ts';
import { conflict, invalidInput } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { mentorRequestReceived } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { presentMentorRequests } from './mentor-request.view.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** Copies the chosen needs of the mentee's plan, in the plan's order; an id not in the plan is refused. */
async function excerptPlan(db: Database, organizationId: string, menteeId: string, needIds: readonly string[]): Promise<PlanExcerptNeed[]> {
  if (needIds.length === 0) return [];
  const needs = (await findDevelopmentPlan(db, organizationId, menteeId))?.needs ?? [];
  const unknown = needIds.find((id) => !needs.some((need) => need.id === id));
  if (unknown) throw invalidInput([{ field: 'planNeedIds', message: `${unknown} is not a need of your development plan` }]);
  return needs
    .filter((need) => needIds.includes(need.id))
    .map(({ text, transition, functions, expertiseAreas }) => ({ text, transition, functions, expertiseAreas }));
}

/** Checks that a named program suits a request: one-to-one or self-directed, open, and both people take part. */
async function checkProgram(db: Database, organizationId: string, programId: string, people: string[]): Promise<void> {
  const program = await findProgramById(db, organizationId, programId);
  const roles = [];
  for (const id of people) roles.push(await findActiveRolesOfPerson(db, organizationId, id));
  if (!program || program.type === 'group' || program.status === 'closed' || roles.some((r) => !r.has(programId))) {
    throw invalidInput([{ field: 'programId', message: 'must be an open one-to-one or self-directed program you both take part in' }]);
  }
}

/**
 * A mentee sends a mentor a request. The mentor must exist, not be the mentee, share an open
 * one-to-one or self-directed program with them (where the relationship will live), not be paused,
 * and have room counting the requests already waiting for them (an open request holds a place);
 * the mentee may have at most `limits.openMentorRequestsMax` requests waiting, one per mentor.
 * Both people are locked so racing sends cannot overfill either count. Expires after
 * `expiryDays` (default 14). The plan needs the mentee chose are copied as they read now, for
 * the mentor to read with the request.
 *
 * @example const request = await sendMentorRequest(ctx, mentee, { mentorId, kind: 'area', message, need, frequency, investment });
 */
export async function sendMentorRequest(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateMentorRequest,
  expiryDays: number = limits.mentorRequestExpiryDays,
): Promise<MentorRequest> {
  const { organizationId, personId: menteeId } = actor;
  if (input.mentorId === menteeId) throw invalidInput([{ field: 'mentorId', message: 'must be someone other than yourself' }]);
  const found = await findPeopleByIds(ctx.db, organizationId, [input.mentorId, menteeId]);
  const mentor = found.find((person) => person.id === input.mentorId);
  const mentee = found.find((person) => person.id === menteeId);
  if (!mentor) throw invalidInput([{ field: 'mentorId', message: 'is not a person of your organization' }]);
  if (input.programId) await checkProgram(ctx.db, organizationId, input.programId, [menteeId, input.mentorId]);
  else if (!(await findPeopleSharingARequestProgram(ctx.db, organizationId, menteeId, [input.mentorId])).has(input.mentorId)) {
    throw conflict(
      'no_shared_program',
      `You and ${mentor.displayName} need an open one-to-one or self-directed program in common for a request to start`,
    );
  }
  const planExcerpt = await excerptPlan(ctx.db, organizationId, menteeId, input.planNeedIds);
  const now = ctx.now();
  const request = await ctx.db.transaction(async (trx) => {
    await lockPeople(trx, organizationId, [menteeId, input.mentorId]);
    const profile = (await findProfiles(trx, organizationId, [input.mentorId])).get(input.mentorId);
    if (profile?.mentoringPaused) throw conflict('mentor_paused', `${mentor.displayName} has paused mentoring`);
    const mine = await listPendingRequestsOfMentee(trx, organizationId, menteeId);
    if (mine.some((r) => r.mentorId === input.mentorId))
      throw conflict('request_exists', `You already have a request waiting for ${mentor.displayName}`);
    if (mine.length >= limits.openMentorRequestsMax) {
      throw conflict(
        'too_many_open_requests',
        `You may have at most ${limits.openMentorRequestsMax} requests waiting; withdraw one or wait for an answer`,
      );
    }
    const room = (await findMentorRoom(trx, organizationId, [input.mentorId])).get(input.mentorId) ?? 0;
    if (room - (await countPendingRequestsToMentor(trx, organizationId, input.mentorId)) < 1) {
      throw conflict('mentor_at_capacity', `${mentor.displayName} has no room for another request right now`);
    }
    const inserted = await insertMentorRequest(trx, organizationId, {
      menteeId,
      mentorId: input.mentorId,
      programId: input.programId ?? null,
      kind: input.kind,
      message: input.message,
      needText: input.need.text,
      needFunctions: input.need.functions,
      frequency: input.frequency,
      investment: input.investment,
      reverseOffer: input.reverseOffer || null,
      planExcerpt,
      expiresAt: new Date(now.getTime() + expiryDays * dayMs),
    });
    const menteeName = mentee?.displayName ?? 'A mentee';
    await notify(trx, mentorRequestReceived(organizationId, inserted.id, { id: menteeId, name: menteeName }, input.mentorId));
    return inserted;
  });
  const [view] = await presentMentorRequests(ctx.db, organizationId, menteeId, [request]);
  if (!view) throw new Error('presenting a request returned nothing');
  return view;
}
