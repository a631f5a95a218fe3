import type { UpdateProfile } from '../../shared/schemas/profiles.ts';
import { findOrganizationById, updateSeniorityLevels } from '../db/repositories/organization.repository.ts';
import { findPersonById, updatePersonFields } from '../db/repositories/person.repository.ts';
import { findProfile, upsertProfile, type ProfileChanges } from '../db/repositories/profile.repository.ts';
import { shareAnActiveProgram } from '../db/repositories/enrolment.repository.ts';
import { forbidden, invalidInput, notFound } from '../domain/errors.ts';
import type { Actor, Person } from '../domain/person.ts';
import { canCreatePrograms } from '../domain/policies.ts';
import { sharedIdentityAttributes, suggestApproach, type Profile } from '../domain/profile.ts';
import type { ServiceContext } from './context.ts';

/** A whole profile: the person, the mentoring side, and what the product derives from them. */
export type FullProfile = { person: Person; profile: Profile; supervisorName: string | null; suggestedApproach: Profile['approach'] };

async function loadFullProfile(ctx: ServiceContext, person: Person): Promise<FullProfile> {
  const profile = await findProfile(ctx.db, person.organizationId, person.id);
  const supervisor = profile.supervisorId ? await findPersonById(ctx.db, person.organizationId, profile.supervisorId) : undefined;
  return {
    person,
    profile,
    supervisorName: supervisor?.displayName ?? null,
    suggestedApproach: suggestApproach(profile.approachStatements),
  };
}

/** The caller's own profile, everything included. */
export async function getOwnProfile(ctx: ServiceContext, actor: Actor): Promise<FullProfile> {
  const person = await findPersonById(ctx.db, actor.organizationId, actor.personId);
  if (!person) throw notFound('person');
  return loadFullProfile(ctx, person);
}

/**
 * Someone else's profile: for coordinators and admins, and for people who share a program with
 * them. Identity attributes are cut down to those the person shared.
 */
export async function getProfileOf(ctx: ServiceContext, actor: Actor, personId: string): Promise<FullProfile> {
  if (personId === actor.personId) return getOwnProfile(ctx, actor);
  const person = await findPersonById(ctx.db, actor.organizationId, personId);
  if (!person) throw notFound('person');
  const allowed = canCreatePrograms(actor) || (await shareAnActiveProgram(ctx.db, actor.organizationId, actor.personId, personId));
  if (!allowed) throw notFound('person');
  const full = await loadFullProfile(ctx, person);
  return {
    ...full,
    profile: { ...full.profile, identityAttributes: sharedIdentityAttributes(full.profile.identityAttributes), approachStatements: {} },
  };
}

/**
 * Changes the caller's profile. Identity attributes need the common-ground consent; a supervisor
 * must be another person of the same organization.
 */
export async function updateOwnProfile(ctx: ServiceContext, actor: Actor, input: UpdateProfile): Promise<FullProfile> {
  const { displayName, department, jobTitle, seniorityLevel, location, timeZone, languages, commonGroundConsent, ...mentoring } = input;
  const current = await findProfile(ctx.db, actor.organizationId, actor.personId);
  const consentGiven = commonGroundConsent ?? current.commonGroundConsentAt !== null;
  if ((mentoring.identityAttributes?.length ?? 0) > 0 && !consentGiven) {
    throw invalidInput([{ field: 'commonGroundConsent', message: 'accept the consent text to store identity attributes' }]);
  }
  if (mentoring.supervisorId) {
    const supervisor = await findPersonById(ctx.db, actor.organizationId, mentoring.supervisorId);
    if (!supervisor || supervisor.id === actor.personId) {
      throw invalidInput([{ field: 'supervisorId', message: 'must be another person of your organization' }]);
    }
  }
  const organization = await findOrganizationById(ctx.db, actor.organizationId);
  const maxLevel = Math.max(...(organization?.seniorityLevels ?? []).map((l) => l.level));
  if (seniorityLevel && seniorityLevel > maxLevel) {
    throw invalidInput([{ field: 'seniorityLevel', message: `must be at most ${maxLevel} on this organization's scale` }]);
  }
  const changes: ProfileChanges = { ...mentoring };
  if (commonGroundConsent !== undefined) {
    changes.commonGroundConsentAt = commonGroundConsent ? (current.commonGroundConsentAt ?? ctx.now()) : null;
    // Withdrawing consent removes what was given under it.
    if (!commonGroundConsent) changes.identityAttributes = [];
  }
  const personFields = Object.fromEntries(
    Object.entries({ displayName, department, jobTitle, seniorityLevel, location, timeZone, languages }).filter(([, v]) => v !== undefined),
  );
  await ctx.db.transaction(async (trx) => {
    await updatePersonFields(trx, actor.organizationId, actor.personId, personFields);
    await upsertProfile(trx, actor.organizationId, actor.personId, changes);
  });
  return getOwnProfile(ctx, actor);
}

/** The organization's seniority scale. */
export async function getSeniorityScale(ctx: ServiceContext, actor: Actor): Promise<Array<{ level: number; label: string }>> {
  const organization = await findOrganizationById(ctx.db, actor.organizationId);
  if (!organization) throw notFound('organization');
  return organization.seniorityLevels;
}

/**
 * Replaces the organization's seniority scale (admins). Levels must run 1, 2, 3… so that "more
 * senior by N levels" keeps its meaning for matching.
 */
export async function setSeniorityScale(
  ctx: ServiceContext,
  actor: Actor,
  levels: Array<{ level: number; label: string }>,
): Promise<Array<{ level: number; label: string }>> {
  if (actor.organizationRole !== 'admin') throw forbidden('not_an_admin', 'Only organization admins can change the seniority scale');
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  if (sorted.some((entry, index) => entry.level !== index + 1)) {
    throw invalidInput([{ field: 'levels', message: 'must be numbered 1, 2, 3… without gaps' }]);
  }
  await updateSeniorityLevels(ctx.db, actor.organizationId, sorted);
  return sorted;
}
