import type { DeclineMentorRequest, MentorRequest, MyMentorRequestQuery } from '../../../shared/schemas/mentor-requests.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import {
  listMentorRequestsOfPerson,
  lockMentorRequestById,
  updateMentorRequest,
  type MentorRequestChanges,
  type MentorRequestRecord,
} from '../../db/repositories/mentor-request.repository.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../../db/database.ts';
import { mentorRequestAnswered } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { getRequestAsParty, personNamed, requirePending, requireRole, type RequestRole } from './mentor-request-access.ts';
import { presentMentorRequests } from './mentor-request.view.ts';

async function present(ctx: ServiceContext, actor: Actor, request: MentorRequestRecord): Promise<MentorRequest> {
  const [view] = await presentMentorRequests(ctx.db, actor.organizationId, actor.personId, [request]);
  if (!view) throw notFound('mentor_request');
  return view;
}

/**
 * One change of a pending request by one side, under the request's row lock: `check` refuses
 * what the state does not allow, `changes` says what to write, `tell` notifies the other side in
 * the same transaction.
 */
async function changePending(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
  side: RequestRole,
  change: (request: MentorRequestRecord, now: Date) => MentorRequestChanges,
  tell?: (trx: Database, updated: MentorRequestRecord) => Promise<void>,
): Promise<MentorRequest> {
  const { role } = await getRequestAsParty(ctx, actor, requestId);
  requireRole(role, side);
  const updated = await ctx.db.transaction(async (trx) => {
    const request = await lockMentorRequestById(trx, actor.organizationId, requestId);
    if (!request) throw notFound('mentor_request');
    const now = ctx.now();
    requirePending(request, now);
    const updated = await updateMentorRequest(trx, actor.organizationId, requestId, change(request, now));
    await tell?.(trx, updated);
    return updated;
  });
  return present(ctx, actor, updated);
}

/** A page of the requests the caller sent (as mentee) or received (as mentor), newest first, optionally of one status. */
export async function listMyMentorRequests(ctx: ServiceContext, actor: Actor, query: MyMentorRequestQuery): Promise<Page<MentorRequest>> {
  const page = await listMentorRequestsOfPerson(ctx.db, actor.organizationId, actor.personId, query);
  return { items: await presentMentorRequests(ctx.db, actor.organizationId, actor.personId, page.items), nextCursor: page.nextCursor };
}

/** One request, for its two people only (everyone else: 404). */
export async function getMentorRequest(ctx: ServiceContext, actor: Actor, requestId: string): Promise<MentorRequest> {
  return present(ctx, actor, (await getRequestAsParty(ctx, actor, requestId)).request);
}

/** The mentor asks their one question before answering; the request waits for the mentee. */
export function askMentorRequestQuestion(ctx: ServiceContext, actor: Actor, requestId: string, question: string): Promise<MentorRequest> {
  return changePending(ctx, actor, requestId, 'mentor', (request) => {
    if (request.question !== null) throw conflict('question_already_asked', 'You have already asked your question; accept or decline now');
    return { status: 'question_asked', question };
  });
}

/** The mentee answers the mentor's question; the request is open again for the mentor's decision. */
export function answerMentorRequestQuestion(ctx: ServiceContext, actor: Actor, requestId: string, answer: string): Promise<MentorRequest> {
  return changePending(ctx, actor, requestId, 'mentee', (request) => {
    if (request.status !== 'question_asked') throw conflict('no_question_to_answer', 'The mentor has not asked a question');
    return { status: 'open', answer };
  });
}

/** The mentor declines with a reason from the list (and text); the place is freed. */
export function declineMentorRequest(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
  decline: DeclineMentorRequest,
): Promise<MentorRequest> {
  return changePending(
    ctx,
    actor,
    requestId,
    'mentor',
    (_request, now) => ({
      status: 'declined',
      declineReason: decline.reason,
      declineText: decline.text || null,
      answeredAt: now,
    }),
    async (trx, updated) => {
      const mentor = await personNamed(trx, actor.organizationId, actor.personId);
      await notify(trx, mentorRequestAnswered(actor.organizationId, updated, mentor, 'declined'));
    },
  );
}

/** The mentee withdraws a waiting request; the place is freed. */
export function withdrawMentorRequest(ctx: ServiceContext, actor: Actor, requestId: string): Promise<MentorRequest> {
  return changePending(ctx, actor, requestId, 'mentee', (_request, now) => ({ status: 'withdrawn', answeredAt: now }));
}
