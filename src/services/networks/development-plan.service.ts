import { randomUUID } from 'node:crypto';
import type { CreatePlanComment, SaveDevelopmentPlan } from '../../../shared/schemas/development-plans.ts';
import type { Database } from '../../db/database.ts';
import {
  findDevelopmentPlan,
  insertPlanComment,
  listPlanComments,
  upsertDevelopmentPlan,
  type DevelopmentPlanRecord,
  type PlanCommentRecord,
} from '../../db/repositories/development-plan.repository.ts';
import { findPersonById } from '../../db/repositories/person.repository.ts';
import { findProfile } from '../../db/repositories/profile.repository.ts';
import { invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { StoredDevelopmentNeed } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/** A supervisor's comment on a shared plan, as services hand it to the API. */
export type PlanCommentView = PlanCommentRecord;

type PersonRef = { id: string; displayName: string };

/** A plan as its owner (or, when shared, their supervisor) reads it. */
export type DevelopmentPlanView = {
  person: PersonRef;
  needs: StoredDevelopmentNeed[];
  sharedWithSupervisor: boolean;
  sharedAt: Date | null;
  updatedAt: Date | null;
  supervisor: PersonRef | null;
  comments: PlanCommentRecord[];
};

/** The person's supervisor (the profile's supervisor link), or null. */
async function findSupervisor(db: Database, organizationId: string, personId: string): Promise<PersonRef | null> {
  const { supervisorId } = await findProfile(db, organizationId, personId);
  if (!supervisorId) return null;
  const supervisor = await findPersonById(db, organizationId, supervisorId);
  return supervisor ? { id: supervisor.id, displayName: supervisor.displayName } : null;
}

async function presentPlan(
  db: Database,
  organizationId: string,
  person: PersonRef,
  plan: DevelopmentPlanRecord | null,
): Promise<DevelopmentPlanView> {
  return {
    person,
    needs: plan?.needs ?? [],
    sharedWithSupervisor: plan?.sharedWithSupervisor ?? false,
    sharedAt: plan?.sharedAt ?? null,
    updatedAt: plan?.updatedAt ?? null,
    supervisor: await findSupervisor(db, organizationId, person.id),
    comments: plan ? await listPlanComments(db, organizationId, plan.id) : [],
  };
}

async function personRef(db: Database, actor: Actor, personId: string): Promise<PersonRef> {
  const person = await findPersonById(db, actor.organizationId, personId);
  if (!person) throw notFound('person');
  return { id: person.id, displayName: person.displayName };
}

/**
 * The actor's own development plan (empty until saved), with their supervisor's comments.
 *
 * @example const plan = await getMyDevelopmentPlan(ctx, actor);
 */
export async function getMyDevelopmentPlan(ctx: ServiceContext, actor: Actor): Promise<DevelopmentPlanView> {
  const plan = await findDevelopmentPlan(ctx.db, actor.organizationId, actor.personId);
  return presentPlan(ctx.db, actor.organizationId, await personRef(ctx.db, actor, actor.personId), plan);
}

/**
 * Saves the whole plan. Needs keep their ids (new ones get one); sharing needs a supervisor on
 * the profile (422 naming `sharedWithSupervisor` otherwise).
 *
 * @example await saveMyDevelopmentPlan(ctx, actor, { needs: [{ text: 'Lead a team', ... }], sharedWithSupervisor: true });
 */
export async function saveMyDevelopmentPlan(ctx: ServiceContext, actor: Actor, input: SaveDevelopmentPlan): Promise<DevelopmentPlanView> {
  const ids = input.needs.flatMap((need) => (need.id ? [need.id] : []));
  if (new Set(ids).size !== ids.length) throw invalidInput([{ field: 'needs', message: 'each need appears once' }]);
  const supervisor = await findSupervisor(ctx.db, actor.organizationId, actor.personId);
  if (input.sharedWithSupervisor && !supervisor)
    throw invalidInput([{ field: 'sharedWithSupervisor', message: 'set your supervisor on your profile before sharing your plan' }]);
  const needs = input.needs.map((need) => ({
    id: need.id ?? randomUUID(),
    text: need.text,
    transition: need.transition,
    functions: need.functions,
    expertiseAreas: need.expertiseAreas,
  }));
  const plan = await upsertDevelopmentPlan(ctx.db, actor.organizationId, actor.personId, {
    needs,
    sharedWithSupervisor: input.sharedWithSupervisor,
    now: ctx.now(),
  });
  return presentPlan(ctx.db, actor.organizationId, await personRef(ctx.db, actor, actor.personId), plan);
}

/** The plan of someone the actor supervises, only when shared with them; everyone else gets 404. */
async function findSharedPlan(ctx: ServiceContext, actor: Actor, personId: string): Promise<DevelopmentPlanRecord> {
  if (personId === actor.personId) throw notFound('development_plan');
  const { supervisorId } = await findProfile(ctx.db, actor.organizationId, personId);
  const plan = supervisorId === actor.personId ? await findDevelopmentPlan(ctx.db, actor.organizationId, personId) : null;
  if (!plan?.sharedWithSupervisor) throw notFound('development_plan');
  return plan;
}

/**
 * The supervisor's view of a plan shared with them (never the network).
 *
 * @example const plan = await getSupervisedPlan(ctx, supervisor, personId);
 */
export async function getSupervisedPlan(ctx: ServiceContext, actor: Actor, personId: string): Promise<DevelopmentPlanView> {
  const plan = await findSharedPlan(ctx, actor, personId);
  return presentPlan(ctx.db, actor.organizationId, await personRef(ctx.db, actor, personId), plan);
}

/**
 * The supervisor adds encouragement or a suggestion to a plan shared with them.
 *
 * @example await commentOnPlan(ctx, supervisor, personId, { kind: 'encouragement', body: 'Go for the budget course.' });
 */
export async function commentOnPlan(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  input: CreatePlanComment,
): Promise<PlanCommentRecord> {
  const plan = await findSharedPlan(ctx, actor, personId);
  const createdAt = ctx.now();
  const id = await insertPlanComment(ctx.db, actor.organizationId, {
    planId: plan.id,
    authorId: actor.personId,
    kind: input.kind,
    body: input.body,
    createdAt,
  });
  const author = await personRef(ctx.db, actor, actor.personId);
  return { id, authorId: actor.personId, authorName: author.displayName, kind: input.kind, body: input.body, createdAt };
}
