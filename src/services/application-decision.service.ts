import type { ApplicationRole, ApplicationStatus } from '../../shared/enums.ts';
import type { ProgramApplicationQuery } from '../../shared/schemas/applications.ts';
import type { Page } from '../../shared/schemas/paging.ts';
import {
  findApplicationById,
  findApplicationOf,
  insertApplication,
  insertApplicationEvent,
  updateApplication,
} from '../db/repositories/application.repository.ts';
import { listProgramApplicationPage } from '../db/repositories/application-page.repository.ts';
import { upsertEnrolment } from '../db/repositories/enrolment.repository.ts';
import { findCurrentIntakeForm } from '../db/repositories/intake-form.repository.ts';
import { findPersonById } from '../db/repositories/person.repository.ts';
import { lockProgramById } from '../db/repositories/program.repository.ts';
import { nextStatus, type CoordinatorDecision } from '../domain/application.ts';
import { conflict, DomainError, invalidInput, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import { getApplication, moveApplication } from './application.service.ts';
import { queueApplicationInvitationEmail } from './application-invitation-email.ts';
import { viewApplications, type ApplicationView } from './application-view.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram } from './program.service.ts';
import { countMenteePlacesLeft, fillFromWaitlist } from './waitlist.service.ts';

/** One page of a program's applications, for its coordinators. */
export async function listProgramApplications(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: ProgramApplicationQuery,
): Promise<Page<ApplicationView>> {
  await getManageableProgram(ctx, actor, programId);
  const page = await listProgramApplicationPage(ctx.db, actor.organizationId, programId, query);
  return { items: await viewApplications(ctx, actor.organizationId, page.items, true), nextCursor: page.nextCursor };
}

/**
 * A coordinator's decision. Accepting enrols the person; a mentee accepted when the program has
 * no place (mentee limit, or too little mentor capacity in one-to-one programs) is waitlisted
 * instead, and waitlisted mentees get places in order as they open.
 */
export async function decideApplication(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  decision: CoordinatorDecision,
  reason: string,
): Promise<ApplicationView> {
  const found = await findApplicationById(ctx.db, actor.organizationId, applicationId);
  if (!found) throw notFound('application');
  await getManageableProgram(ctx, actor, found.programId);
  await ctx.db.transaction(async (trx) => {
    const program = await lockProgramById(trx, actor.organizationId, found.programId);
    const application = await findApplicationById(trx, actor.organizationId, applicationId);
    if (!program || !application) throw notFound('application');
    let to = nextStatus(application.status, decision);
    if (!to) throw conflict('invalid_status_change', `A ${application.status} application cannot be moved by “${decision}”`);
    const by = { personId: actor.personId, reason, at: ctx.now() };
    if (to === 'accepted' && application.role === 'mentee' && (await countMenteePlacesLeft(trx, program)) <= 0) {
      if (application.status === 'waitlisted') throw conflict('no_place_available', 'The program has no place for another mentee yet');
      to = 'waitlisted';
      by.reason = reason || 'No place yet: waitlisted in order';
    }
    await moveApplication(trx, application, to, by, { waitlistedAt: to === 'waitlisted' ? by.at : null });
    if (to === 'accepted') {
      await upsertEnrolment(trx, actor.organizationId, {
        programId: program.id,
        personId: application.personId,
        role: application.role,
        enrolledById: actor.personId,
      });
      if (application.role === 'mentor') await fillFromWaitlist(trx, actor.organizationId, program.id, actor.personId, by.at);
    }
  });
  return getApplication(ctx, actor, applicationId);
}

export type BulkResult = { applicationId: string; ok: boolean; status: ApplicationStatus | null; error: string | null };

/** The same decision on many applications; each succeeds or fails on its own. */
export async function decideApplications(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  applicationIds: string[],
  decision: CoordinatorDecision,
  reason: string,
): Promise<BulkResult[]> {
  await getManageableProgram(ctx, actor, programId);
  const results: BulkResult[] = [];
  for (const applicationId of applicationIds) {
    try {
      const application = await findApplicationById(ctx.db, actor.organizationId, applicationId);
      if (!application || application.programId !== programId) throw notFound('application');
      const view = await decideApplication(ctx, actor, applicationId, decision, reason);
      results.push({ applicationId, ok: true, status: view.status, error: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ applicationId, ok: false, status: null, error: error.code });
    }
  }
  return results;
}

/**
 * Invites a person to apply: a draft application made for them (or a declined one reopened), and
 * an email telling them so (queueApplicationInvitationEmail): with the new draft in its
 * transaction; after a reopening, once the reopening has committed.
 */
export async function inviteToApply(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  input: { personId: string; role: ApplicationRole },
): Promise<ApplicationView> {
  const program = await getManageableProgram(ctx, actor, programId);
  const person = await findPersonById(ctx.db, actor.organizationId, input.personId);
  if (!person) throw notFound('person');
  const existing = await findApplicationOf(ctx.db, actor.organizationId, { programId, ...input });
  if (existing) {
    if (!nextStatus(existing.status, 'reinvite'))
      throw conflict('already_applied', `${person.displayName} already has a ${existing.status} application`);
    const reopened = await decideApplication(ctx, actor, existing.id, 'reinvite', 'Invited to apply again');
    await queueApplicationInvitationEmail(ctx, ctx.db, {
      applicationId: existing.id,
      program,
      inviterId: actor.personId,
      invitee: person,
      role: input.role,
      invitedAt: ctx.now(),
    });
    return reopened;
  }
  const form = await findCurrentIntakeForm(ctx.db, actor.organizationId, programId);
  const id = await ctx.db.transaction(async (trx) => {
    const newId = await insertApplication(trx, actor.organizationId, {
      programId,
      ...input,
      status: 'draft',
      intakeFormId: form?.id ?? null,
      answers: {},
      invitedById: actor.personId,
    });
    await insertApplicationEvent(trx, actor.organizationId, {
      applicationId: newId,
      fromStatus: null,
      toStatus: 'draft',
      changedById: actor.personId,
      reason: 'Invited to apply',
      changedAt: ctx.now(),
    });
    await queueApplicationInvitationEmail(ctx, trx, {
      applicationId: newId,
      program,
      inviterId: actor.personId,
      invitee: person,
      role: input.role,
      invitedAt: ctx.now(),
    });
    return newId;
  });
  return getApplication(ctx, actor, id);
}

/** Ticks selection criteria on an application; only the program's own criteria are accepted. */
export async function updateSelectionChecklist(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  checklist: Record<string, boolean>,
): Promise<ApplicationView> {
  const application = await findApplicationById(ctx.db, actor.organizationId, applicationId);
  if (!application) throw notFound('application');
  const program = await getManageableProgram(ctx, actor, application.programId);
  const unknown = Object.keys(checklist).filter((criterion) => !program.selectionCriteria.includes(criterion));
  if (unknown.length > 0)
    throw invalidInput(unknown.map((c) => ({ field: `selectionChecklist.${c}`, message: 'is not a selection criterion of this program' })));
  await updateApplication(ctx.db, actor.organizationId, applicationId, {
    selectionChecklist: { ...application.selectionChecklist, ...checklist },
  });
  return getApplication(ctx, actor, applicationId);
}
