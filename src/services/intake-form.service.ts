import type { IntakeFormFields } from '../../shared/schemas/intake-forms.ts';
import { findCurrentIntakeForm, insertIntakeFormVersion, type IntakeForm } from '../db/repositories/intake-form.repository.ts';
import { lockProgramById } from '../db/repositories/program.repository.ts';
import { notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { getManageableProgram, getProgram } from './program.service.ts';

export type { IntakeForm };

/** The current intake form of a program the actor can see. */
export async function getIntakeForm(ctx: ServiceContext, actor: Actor, programId: string): Promise<IntakeForm> {
  await getProgram(ctx, actor, programId);
  const form = await findCurrentIntakeForm(ctx.db, actor.organizationId, programId);
  if (!form) throw notFound('intake_form');
  return form;
}

/**
 * Saves a program's intake form as a new version. Earlier versions stay, so answers given to
 * them remain readable against the questions the applicant saw.
 */
export async function saveIntakeForm(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  fields: Required<Pick<IntakeFormFields, 'standardQuestions'>> & { customQuestions: IntakeForm['customQuestions'] },
): Promise<IntakeForm> {
  await getManageableProgram(ctx, actor, programId);
  return ctx.db.transaction(async (trx) => {
    if (!(await lockProgramById(trx, actor.organizationId, programId))) throw notFound('program');
    return insertIntakeFormVersion(trx, actor.organizationId, { programId, ...fields, createdById: actor.personId });
  });
}
