import type { Page } from '../../shared/schemas/paging.ts';
import type { SkillQuery } from '../../shared/schemas/skills.ts';
import { approveSkill, deleteSkill, findSkillById, insertSkill, pageSkills, type Skill } from '../db/repositories/skill.repository.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/person.ts';
import { canCreatePrograms } from '../domain/policies.ts';
import type { ServiceContext } from './context.ts';

/**
 * One page of the skills list by name; pending suggestions only for those who review them
 * (members always get approved skills, whatever status they leave out).
 *
 * @example const { items } = await listOrganizationSkills(ctx, actor, { limit: 20, q: 'budg' });
 */
export async function listOrganizationSkills(ctx: ServiceContext, actor: Actor, query: SkillQuery): Promise<Page<Skill>> {
  const reviewer = canCreatePrograms(actor);
  if (query.status === 'pending' && !reviewer) throw forbidden('not_a_coordinator', 'Only coordinators review suggested skills');
  return pageSkills(ctx.db, actor.organizationId, { ...query, status: reviewer ? query.status : 'approved' });
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
