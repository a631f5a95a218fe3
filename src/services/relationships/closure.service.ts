import type { Database } from '../../db/database.ts';
import {
  findClosure,
  findOwnClosureSurvey,
  insertClosure,
  insertClosureSurvey,
  listGoalsForClosure,
  markRelationshipClosed,
  updateClosure,
  type ClosureRecord,
} from '../../db/repositories/closure.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import {
  changeRelationshipStage,
  lockRelationshipById,
  type RelationshipRecord,
} from '../../db/repositories/relationship-record.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ClosurePart, ClosureState, ClosureSurveyInput, EarlyExit } from '../../../shared/schemas/closures.ts';
import type { ServiceContext } from '../context.ts';
import { presentClosure } from './closure.view.ts';
import { getRelationshipAsParticipant, getRelationshipAsViewer, requireActiveRelationship, type PairRole } from './relationship-access.ts';

/** Locks the relationship for the closure use case; it must still be active. */
async function lockActive(trx: Database, actor: Actor, relationshipId: string): Promise<RelationshipRecord> {
  const relationship = await lockRelationshipById(trx, actor.organizationId, relationshipId);
  if (!relationship) throw notFound('relationship');
  requireActiveRelationship(relationship);
  return relationship;
}

/** Closes the relationship: closure and relationship closed, moving on in the stage history, the mentor's place freed. */
async function close(
  trx: Database,
  ctx: ServiceContext,
  actor: Actor,
  relationship: RelationshipRecord,
  closure: Pick<ClosureRecord, 'id'>,
  note: string,
): Promise<void> {
  const at = ctx.now();
  await updateClosure(trx, actor.organizationId, closure.id, { status: 'closed', closedAt: at });
  await markRelationshipClosed(trx, actor.organizationId, relationship.id, at);
  await changeRelationshipStage(trx, relationship, { toStage: 'moving_on', changedById: actor.personId, note });
}

/**
 * The closure as the caller may see it (see `presentClosure`), with the goals to report on for
 * the pair. For the pair and the program's coordinators.
 *
 * @example const { closure, goals } = await getClosure(ctx, actor, relationshipId);
 */
export async function getClosure(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<ClosureState> {
  const { relationship, role } = await getRelationshipAsViewer(ctx, actor, relationshipId);
  const [closure, goals] = await Promise.all([
    findClosure(ctx.db, actor.organizationId, relationship.id),
    listGoalsForClosure(ctx.db, actor.organizationId, relationship.id),
  ]);
  if (!closure) return { closure: null, goals: role === 'coordinator' ? [] : goals };
  const [people, mySurvey] = await Promise.all([
    findPeopleByIds(ctx.db, actor.organizationId, [closure.startedById]),
    role === 'coordinator' ? null : findOwnClosureSurvey(ctx.db, actor.organizationId, relationship.id, actor.personId),
  ]);
  const startedBy = { id: closure.startedById, name: people[0]?.displayName ?? 'Someone' };
  return {
    closure: presentClosure(closure, { role, actorId: actor.personId, startedBy, goals, mySurvey }),
    goals: role === 'coordinator' ? [] : goals,
  };
}

/**
 * One side gives their part of the closure form: the first part starts closure; the relationship
 * closes as soon as both sides have given a reflection (the starter cannot close it alone: the
 * other side's reflection is the point of the form, and a no-fault early exit is always there).
 * Goal outcomes and the next step, when given, replace what the other side wrote.
 *
 * @example await submitClosurePart(ctx, actor, id, { reflection: 'We did it', nextStep: 'periodic_contact', goalOutcomes: [] });
 */
export async function submitClosurePart(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  part: ClosurePart,
): Promise<ClosureState> {
  const { role } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  await ctx.db.transaction(async (trx) => {
    const relationship = await lockActive(trx, actor, relationshipId);
    const goalIds = new Set((await listGoalsForClosure(trx, actor.organizationId, relationship.id)).map((goal) => goal.id));
    const unknown = (part.goalOutcomes ?? []).flatMap((outcome, index) =>
      goalIds.has(outcome.goalId) ? [] : [{ field: `goalOutcomes.${index}.goalId`, message: 'is not a goal of this relationship' }],
    );
    if (unknown.length > 0) throw invalidInput(unknown);
    const reflection = role === 'mentor' ? { mentorReflection: part.reflection } : { menteeReflection: part.reflection };
    const change = { ...reflection, nextStep: part.nextStep, ...(part.goalOutcomes ? { goalOutcomes: part.goalOutcomes } : {}) };
    const existing = await findClosure(trx, actor.organizationId, relationship.id);
    if (!existing)
      await insertClosure(trx, actor.organizationId, relationship.id, {
        ...change,
        kind: 'completed',
        startedById: actor.personId,
        startedAt: ctx.now(),
      });
    else await updateClosure(trx, actor.organizationId, existing.id, change);
    const closure = await findClosure(trx, actor.organizationId, relationship.id);
    if (closure?.mentorReflection && closure.menteeReflection)
      await close(trx, ctx, actor, relationship, closure, 'Closure completed by both');
  });
  return getClosure(ctx, actor, relationshipId);
}

/**
 * A no-fault early exit, open to either side at any time: the relationship closes at once. The
 * reason is kept for coordinators (and its author); the other side sees only that it ended. A
 * mentee may ask for a rematch: they stay enrolled, so the next matching run gives them a new
 * mentor (demand 1) with the intake data they already gave.
 */
export async function exitEarly(ctx: ServiceContext, actor: Actor, relationshipId: string, input: EarlyExit): Promise<ClosureState> {
  const { role } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  if (input.rematch && role !== 'mentee') throw invalidInput([{ field: 'rematch', message: 'only the mentee can ask for a rematch' }]);
  await ctx.db.transaction(async (trx) => {
    const relationship = await lockActive(trx, actor, relationshipId);
    const change = {
      kind: 'early_exit' as const,
      startedById: actor.personId,
      earlyExitReason: input.reason,
      rematchRequested: input.rematch,
    };
    const existing = await findClosure(trx, actor.organizationId, relationship.id);
    if (!existing) await insertClosure(trx, actor.organizationId, relationship.id, { ...change, startedAt: ctx.now() });
    else await updateClosure(trx, actor.organizationId, existing.id, change);
    const closure = await findClosure(trx, actor.organizationId, relationship.id);
    if (!closure) throw notFound('closure');
    await close(trx, ctx, actor, relationship, closure, 'Ended early');
  });
  return getClosure(ctx, actor, relationshipId);
}

function checkSurvey(role: PairRole, input: ClosureSurveyInput): void {
  if (role === 'mentor' && input.qualities)
    throw invalidInput([{ field: 'qualities', message: 'the ideal-mentor qualities are the mentee’s to rate' }]);
}

/**
 * One side's confidential closure survey, once closure has started; one answer each. Nobody else
 * ever reads it one by one (coordinators get aggregates of five answers or more).
 */
export async function answerClosureSurvey(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  input: ClosureSurveyInput,
): Promise<ClosureState> {
  const { relationship, role } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  checkSurvey(role, input);
  await ctx.db.transaction(async (trx) => {
    if (!(await findClosure(trx, actor.organizationId, relationship.id)))
      throw conflict('closure_not_started', 'The survey opens once closure has started');
    const stored = await insertClosureSurvey(trx, actor.organizationId, {
      relationshipId: relationship.id,
      respondentId: actor.personId,
      rating: input.rating,
      qualities: input.qualities ?? null,
      comment: input.comment,
      at: ctx.now(),
    });
    if (!stored) throw conflict('survey_already_answered', 'You already answered the closure survey');
  });
  return getClosure(ctx, actor, relationshipId);
}
