import type { ApplicationRole, ApplicationStatus } from '../../shared/enums.ts';
import type { Answers } from '../../shared/schemas/intake-forms.ts';
import type { Page, PageQuery } from '../../shared/schemas/paging.ts';
import {
  findApplicationById,
  findApplicationOf,
  insertApplication,
  insertApplicationEvent,
  updateApplication,
  type Application,
} from '../db/repositories/application.repository.ts';
import { listApplicationPageOfPerson } from '../db/repositories/application-page.repository.ts';
import { findActiveRolesOfPerson, setEnrolmentStatusOf } from '../db/repositories/enrolment.repository.ts';
import { findCurrentIntakeForm } from '../db/repositories/intake-form.repository.ts';
import type { Database } from '../db/database.ts';
import { nextStatus } from '../domain/application.ts';
import { conflict, invalidInput, notFound } from '../domain/errors.ts';
import { findAnswerIssues } from '../domain/intake-answers.ts';
import type { Actor } from '../domain/person.ts';
import { canManageProgram } from '../domain/policies.ts';
import { viewApplications, type ApplicationView } from './application-view.ts';
import type { ServiceContext } from './context.ts';
import { getProgram } from './program.service.ts';
import { fillFromWaitlist } from './waitlist.service.ts';

/** Records a status change and its event, in the caller's transaction. */
export async function moveApplication(
  db: Database,
  application: Application,
  to: ApplicationStatus,
  by: { personId: string; reason: string; at: Date },
  extra: Parameters<typeof updateApplication>[3] = {},
): Promise<void> {
  await updateApplication(db, application.organizationId, application.id, { ...extra, status: to });
  await insertApplicationEvent(db, application.organizationId, {
    applicationId: application.id,
    fromStatus: application.status,
    toStatus: to,
    changedById: by.personId,
    reason: by.reason,
    changedAt: by.at,
  });
}

/**
 * Saves the caller's application to an open program as a draft, or submits it. Answers are
 * checked against the program's current intake form (required ones on submission). A declined
 * applicant must be re-invited first; a submitted application can no longer be edited.
 *
 * @example await saveMyApplication(ctx, mentee, programId, { role: 'mentee', answers: { goals: '…' }, submit: true })
 */
export async function saveMyApplication(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  input: { role: ApplicationRole; answers: Answers; submit: boolean },
): Promise<ApplicationView> {
  const program = await getProgram(ctx, actor, programId);
  const form = await findCurrentIntakeForm(ctx.db, actor.organizationId, programId);
  if (program.status !== 'active' || !form) throw conflict('program_not_open', 'This program does not take applications now');
  const key = { programId, personId: actor.personId, role: input.role };
  const existing = await findApplicationOf(ctx.db, actor.organizationId, key);
  if (existing?.status === 'declined') {
    throw conflict('application_declined', 'This application was declined; the coordinator can invite you to apply again');
  }
  if (existing && existing.status !== 'draft' && existing.status !== 'withdrawn') {
    throw conflict('application_already_submitted', `This application is already ${existing.status}`);
  }
  const issues = findAnswerIssues(form.customQuestions, input.answers, { submitting: input.submit });
  if (issues.length > 0) throw invalidInput(issues);
  const id = await ctx.db.transaction(async (trx) => {
    const by = { personId: actor.personId, at: ctx.now() };
    let application = existing;
    if (!application) {
      const newId = await insertApplication(trx, actor.organizationId, {
        ...key,
        status: 'draft',
        intakeFormId: form.id,
        answers: input.answers,
        invitedById: null,
      });
      await insertApplicationEvent(trx, actor.organizationId, {
        applicationId: newId,
        fromStatus: null,
        toStatus: 'draft',
        changedById: actor.personId,
        reason: 'Started an application',
        changedAt: by.at,
      });
      application = await findApplicationById(trx, actor.organizationId, newId);
    } else if (application.status === 'withdrawn') {
      await moveApplication(trx, application, 'draft', { ...by, reason: 'Applied again' });
      application = { ...application, status: 'draft' };
    }
    if (!application) throw notFound('application');
    await updateApplication(trx, actor.organizationId, application.id, { answers: input.answers, intakeFormId: form.id });
    if (input.submit) await moveApplication(trx, application, 'submitted', { ...by, reason: 'Submitted' }, { submittedAt: by.at });
    return application.id;
  });
  return getApplication(ctx, actor, id);
}

/** Withdraws the caller's own application; an accepted one also leaves the program, opening a place. */
export async function withdrawMyApplication(ctx: ServiceContext, actor: Actor, applicationId: string): Promise<ApplicationView> {
  const application = await findApplicationById(ctx.db, actor.organizationId, applicationId);
  if (!application || application.personId !== actor.personId) throw notFound('application');
  if (!nextStatus(application.status, 'withdraw'))
    throw conflict('application_not_withdrawable', `A ${application.status} application cannot be withdrawn`);
  await ctx.db.transaction(async (trx) => {
    await moveApplication(
      trx,
      application,
      'withdrawn',
      { personId: actor.personId, reason: 'Withdrawn by the applicant', at: ctx.now() },
      { waitlistedAt: null },
    );
    if (application.status === 'accepted') {
      await setEnrolmentStatusOf(
        trx,
        actor.organizationId,
        { programId: application.programId, personId: actor.personId, role: application.role },
        'withdrawn',
      );
      await fillFromWaitlist(trx, actor.organizationId, application.programId, actor.personId, ctx.now());
    }
  });
  return getApplication(ctx, actor, applicationId);
}

/** One application: for its applicant, or for the program's coordinators (with their extras). */
export async function getApplication(ctx: ServiceContext, actor: Actor, applicationId: string): Promise<ApplicationView> {
  const application = await findApplicationById(ctx.db, actor.organizationId, applicationId);
  if (!application) throw notFound('application');
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  const coordinates = canManageProgram(actor, roles.get(application.programId) ?? []);
  if (!coordinates && application.personId !== actor.personId) throw notFound('application');
  const [view] = await viewApplications(ctx, actor.organizationId, [application], coordinates);
  if (!view) throw notFound('application');
  return view;
}

/** One page of the caller's own applications, across programs, newest first. */
export async function listMyApplications(ctx: ServiceContext, actor: Actor, query: PageQuery): Promise<Page<ApplicationView>> {
  const page = await listApplicationPageOfPerson(ctx.db, actor.organizationId, actor.personId, query);
  return { items: await viewApplications(ctx, actor.organizationId, page.items, false), nextCursor: page.nextCursor };
}
