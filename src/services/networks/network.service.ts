import type { CreateNetworkTie, TieCandidateQuery, UpdateNetworkTie } from '../../../shared/schemas/networks.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { limits } from '../../../shared/limits.ts';
import type { Database } from '../../db/database.ts';
import {
  countNetworkTies,
  deleteManualTie,
  findNetworkTie,
  insertManualTie,
  insertRelationshipTies,
  listNetworkTies,
  listRelationshipsOfPerson,
  updateNetworkTie as updateStoredTie,
} from '../../db/repositories/network-tie.repository.ts';
import { listRelationshipPurposes } from '../../db/repositories/relationship-purpose.repository.ts';
import { findOrganizationById } from '../../db/repositories/organization.repository.ts';
import { findPersonById, pagePeople } from '../../db/repositories/person.repository.ts';
import { findProfile } from '../../db/repositories/profile.repository.ts';
import { conflict, invalidInput, notFound } from '../../domain/errors.ts';
import { measureNetwork, type NetworkMeasures } from '../../domain/networks/measure-network.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getMyDevelopmentPlan, type DevelopmentPlanView } from './development-plan.service.ts';
import { toMeasuredTie, toNetworkTieView, type NetworkTieView } from './network-view.ts';

/** The owner's whole network: ties, measures and the plan the needs come from. */
export type MyNetworkView = {
  person: { id: string; displayName: string };
  ties: NetworkTieView[];
  measures: NetworkMeasures;
  plan: DevelopmentPlanView;
};

/**
 * Gives every relationship the person is in a tie (the mentor for the mentee; the mentee, a
 * junior tie, for the mentor). Existing ties, with their corrections, are kept as they are.
 */
async function addRelationshipTies(db: Database, actor: Actor, now: Date): Promise<void> {
  const relationships = await listRelationshipsOfPerson(db, actor.organizationId, actor.personId);
  if (relationships.length === 0) return;
  const { supervisorId } = await findProfile(db, actor.organizationId, actor.personId);
  const ties = relationships.map((relationship) => {
    const isMentor = relationship.mentorId === actor.personId;
    const personId = isMentor ? relationship.menteeId : relationship.mentorId;
    const kind = isMentor ? ('junior' as const) : personId === supervisorId ? ('supervisor' as const) : ('senior' as const);
    return { relationshipId: relationship.id, personId, kind, now };
  });
  await insertRelationshipTies(db, actor.organizationId, actor.personId, ties);
}

async function listTieViews(db: Database, actor: Actor): Promise<NetworkTieView[]> {
  const records = await listNetworkTies(db, actor.organizationId, actor.personId);
  const relationshipIds = records.flatMap((record) => (record.relationshipId ? [record.relationshipId] : []));
  const purposes = await listRelationshipPurposes(db, actor.organizationId, relationshipIds);
  const organization = await findOrganizationById(db, actor.organizationId);
  return records.map((record) => toNetworkTieView(record, purposes, organization?.name ?? ''));
}

/**
 * The actor's developmental network, for them alone: their ties (relationship ties added on
 * the way), coverage of the plan's needs (else the profile's functions sought), range and strength.
 *
 * @example const network = await getMyNetwork(ctx, actor);
 */
export async function getMyNetwork(ctx: ServiceContext, actor: Actor): Promise<MyNetworkView> {
  const ties = await ctx.db.transaction(async (trx) => {
    await addRelationshipTies(trx, actor, ctx.now());
    return listTieViews(trx, actor);
  });
  const plan = await getMyDevelopmentPlan(ctx, actor);
  const profile = await findProfile(ctx.db, actor.organizationId, actor.personId);
  const fromPlan = plan.needs.flatMap((need) => need.functions);
  const measures = measureNetwork({ fromPlan, fromProfile: profile.functionsSought }, ties.map(toMeasuredTie));
  return { person: plan.person, ties, measures, plan };
}

async function findTieView(db: Database, actor: Actor, tieId: string): Promise<NetworkTieView> {
  const views = await listTieViews(db, actor);
  const view = views.find((tie) => tie.id === tieId);
  if (!view) throw notFound('network_tie');
  return view;
}

/**
 * Adds a tie by hand: someone on the platform (of the same organization, not the actor) or off it.
 *
 * @example await addNetworkTie(ctx, actor, { name: 'Ana, my former boss', kind: 'senior', ... });
 */
export async function addNetworkTie(ctx: ServiceContext, actor: Actor, input: CreateNetworkTie): Promise<NetworkTieView> {
  if (input.personId !== null) {
    if (input.personId === actor.personId) throw invalidInput([{ field: 'personId', message: 'your network is made of other people' }]);
    if (!(await findPersonById(ctx.db, actor.organizationId, input.personId)))
      throw invalidInput([{ field: 'personId', message: 'no such person in your organization' }]);
  }
  return ctx.db.transaction(async (trx) => {
    if ((await countNetworkTies(trx, actor.organizationId, actor.personId)) >= limits.networkTiesMax)
      throw conflict('network_full', `A network holds at most ${limits.networkTiesMax} ties`);
    const { personId, name, ...fields } = input;
    const id = await insertManualTie(trx, actor.organizationId, actor.personId, { ...fields, personId, name, now: ctx.now() });
    return findTieView(trx, actor, id);
  });
}

/**
 * Corrects a tie. On a tie from a relationship the person and name stay the platform's, and
 * the corrected functions are kept whatever the relationship's goals become (null goes back).
 *
 * @example await updateNetworkTie(ctx, actor, tieId, { functions: ['coaching', 'exposure'] });
 */
export async function updateNetworkTie(ctx: ServiceContext, actor: Actor, tieId: string, input: UpdateNetworkTie): Promise<NetworkTieView> {
  return ctx.db.transaction(async (trx) => {
    const tie = await findNetworkTie(trx, actor.organizationId, actor.personId, tieId);
    if (!tie) throw notFound('network_tie');
    if (input.name !== undefined && tie.personId !== null)
      throw invalidInput([{ field: 'name', message: 'a person on the platform has their own name' }]);
    if (input.insideOrganization === false && tie.personId !== null)
      throw invalidInput([{ field: 'insideOrganization', message: 'people on the platform are inside the organization' }]);
    if (input.functions === null && tie.source !== 'relationship')
      throw invalidInput([{ field: 'functions', message: 'only a tie from a relationship can go back to its functions' }]);
    await updateStoredTie(trx, actor.organizationId, tie.id, { ...input, updatedAt: ctx.now() });
    return findTieView(trx, actor, tie.id);
  });
}

/**
 * Removes a tie added by hand; ties from relationships stay (a closed one is shown as past).
 *
 * @example await removeNetworkTie(ctx, actor, tieId);
 */
export async function removeNetworkTie(ctx: ServiceContext, actor: Actor, tieId: string): Promise<void> {
  const tie = await findNetworkTie(ctx.db, actor.organizationId, actor.personId, tieId);
  if (!tie) throw notFound('network_tie');
  if (tie.source === 'relationship')
    throw conflict('relationship_tie', 'Ties from a relationship stay in your network; correct them instead');
  await deleteManualTie(ctx.db, actor.organizationId, actor.personId, tie.id);
}

/** A colleague to add as a tie: names and roles only (no email). */
export type TieCandidate = { id: string; displayName: string; department: string | null; jobTitle: string | null };

/**
 * One page of colleagues on the platform whose name, department or title matches, by name, to
 * add as ties: active people only, the actor left out (a page may hold one row fewer for that).
 *
 * @example const { items } = await findTieCandidates(ctx, actor, { q: 'ana', limit: 20 });
 */
export async function findTieCandidates(ctx: ServiceContext, actor: Actor, query: TieCandidateQuery): Promise<Page<TieCandidate>> {
  const page = await pagePeople(ctx.db, actor.organizationId, { ...query, status: 'active' });
  return {
    items: page.items
      .filter((person) => person.id !== actor.personId)
      .map((person) => ({ id: person.id, displayName: person.displayName, department: person.department, jobTitle: person.jobTitle })),
    nextCursor: page.nextCursor,
  };
}
