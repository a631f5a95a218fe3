import { AgreementTemplateSchema, type AgreementTemplate, type ProgramAgreementTemplate } from '../../../shared/schemas/agreements.ts';
import { findAgreementTemplates, updateAgreementTemplate } from '../../db/repositories/agreement.repository.ts';
import { defaultAgreementTemplate } from '../../domain/relationships/agreement-draft.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';

/**
 * A program's template as stored, or the default while coordinators have not saved one (or
 * when a stored one no longer reads as a template).
 *
 * @example const { template, isDefault } = readAgreementTemplate(row.template);
 */
export function readAgreementTemplate(stored: Record<string, unknown> | null): ProgramAgreementTemplate {
  if (stored === null) return { template: defaultAgreementTemplate, isDefault: true };
  const parsed = AgreementTemplateSchema.safeParse(stored);
  return parsed.success ? { template: parsed.data, isDefault: false } : { template: defaultAgreementTemplate, isDefault: true };
}

/**
 * The agreement template of a program, for its coordinators (and org admins).
 *
 * @example const { template } = await getAgreementTemplate(ctx, coordinator, programId);
 */
export async function getAgreementTemplate(ctx: ServiceContext, actor: Actor, programId: string): Promise<ProgramAgreementTemplate> {
  await getManageableProgram(ctx, actor, programId);
  const stored = await findAgreementTemplates(ctx.db, actor.organizationId, [programId]);
  return readAgreementTemplate(stored.get(programId)?.template ?? null);
}

/**
 * Replaces a program's template. Relationships started later get their first draft from it;
 * agreements already started keep their own text.
 *
 * @example await saveAgreementTemplate(ctx, coordinator, programId, template);
 */
export async function saveAgreementTemplate(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  template: AgreementTemplate,
): Promise<ProgramAgreementTemplate> {
  await getManageableProgram(ctx, actor, programId);
  await updateAgreementTemplate(ctx.db, actor.organizationId, programId, template);
  return { template, isDefault: false };
}
