import { approveSkill, deleteSkill, findSkillById, insertSkill, listSkills, type Skill } from '../db/repositories/skill.repository.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import { canCreatePrograms } from '../domain/policies.ts';
import type { ServiceContext } from './context.ts';

/** The skills list; pending suggestions only for those who review them. */
export async function listOrganizationSkills(ctx: ServiceContext, actor: Actor, status?: Skill['status']): Promise<Skill[]> {
  if (status === 'pending' && !canCreatePrograms(actor)) throw forbidden('not_a_coordinator', 'Only coordinators review suggested skills');
  const found = await listSkills(ctx.db, actor.organizationId, status);
  return canCreatePrograms(actor) ? found : found.filter((skill) => skill.status === 'approved');
}

/**
 * Adds an expertise area: approved at once when a coordinator or admin adds it, otherwise
 * pending until one reviews it (free-text additions are reviewed, so the list stays clean).
 */
export async function addSkill(ctx: ServiceContext, actor: Actor, name: string): Promise<Skill> {
  return insertSkill(ctx.db, actor.organizationId, {
    name,
    status: canCreatePrograms(actor) ? 'approved' : 'pending',
    suggestedById: actor.personId,
  });
}

/** Approves a suggested skill, or rejects (removes) it. Returns the skill, or null when rejected. */
export async function reviewSkill(
  ctx: ServiceContext,
  actor: Actor,
  skillId: string,
  decision: 'approve' | 'reject',
): Promise<Skill | null> {
  if (!canCreatePrograms(actor)) throw forbidden('not_a_coordinator', 'Only coordinators review suggested skills');
  const skill = await findSkillById(ctx.db, actor.organizationId, skillId);
  if (!skill) throw notFound('skill');
  if (decision === 'reject') {
    await deleteSkill(ctx.db, actor.organizationId, skillId);
    return null;
  }
  await approveSkill(ctx.db, actor.organizationId, skillId);
  return { ...skill, status: 'approved' };
}
