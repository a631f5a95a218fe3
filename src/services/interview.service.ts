import { findApplicationById } from '../db/repositories/application.repository.ts';
import {
  insertInterview,
  listInterviews,
  updateInterview,
  type Interview,
  type InterviewFields,
} from '../db/repositories/interview.repository.ts';
import { notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram } from './program.service.ts';

export type { Interview };

/**
 * Intake interviews belong to the program's coordinators: the applicant, mentors and other
 * participants never read them (403 when they can see the program, 404 otherwise).
 */
async function assertCoordinatorOfApplication(ctx: ServiceContext, actor: Actor, applicationId: string): Promise<void> {
  const application = await findApplicationById(ctx.db, actor.organizationId, applicationId);
  if (!application) throw notFound('application');
  await getManageableProgram(ctx, actor, application.programId);
}

export async function listApplicationInterviews(ctx: ServiceContext, actor: Actor, applicationId: string): Promise<Interview[]> {
  await assertCoordinatorOfApplication(ctx, actor, applicationId);
  return listInterviews(ctx.db, actor.organizationId, applicationId);
}

/** Schedules or records an interview: notes, ratings 1-5 and the approach the applicant showed. */
export async function recordInterview(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  fields: Partial<InterviewFields>,
): Promise<Interview> {
  await assertCoordinatorOfApplication(ctx, actor, applicationId);
  const id = await insertInterview(ctx.db, actor.organizationId, { ...fields, applicationId, interviewerId: actor.personId });
  const interview = (await listInterviews(ctx.db, actor.organizationId, applicationId)).find((i) => i.id === id);
  if (!interview) throw notFound('interview');
  return interview;
}

export async function editInterview(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  interviewId: string,
  changes: Partial<InterviewFields>,
): Promise<Interview> {
  await assertCoordinatorOfApplication(ctx, actor, applicationId);
  if (!(await updateInterview(ctx.db, actor.organizationId, applicationId, interviewId, changes))) throw notFound('interview');
  const interview = (await listInterviews(ctx.db, actor.organizationId, applicationId)).find((i) => i.id === interviewId);
  if (!interview) throw notFound('interview');
  return interview;
}
