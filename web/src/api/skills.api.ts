import { SkillPageSchema, SkillSchema, type Skill, type SkillPage, type SkillQuery } from '../../../shared/schemas/index.ts';
import { requestJson, requestJsonOrNothing, toQueryString } from './client.ts';

/** The skills list's filters (everything of GET /skills but the paging). */
export type SkillFilters = Pick<SkillQuery, 'q' | 'status'>;

export function skillsQueryKey(filters: SkillFilters) {
  return ['skills', filters] as const;
}

/** One page of the organization's skills by name, `q` anywhere in the name (pickers ask for the first page). */
export function fetchSkillsPage(filters: SkillFilters, cursor?: string, limit = 20): Promise<SkillPage> {
  return requestJson(`/skills${toQueryString({ ...filters, q: filters.q?.trim() || undefined, cursor, limit })}`, SkillPageSchema);
}

/** Members' suggestions start pending; coordinators' and admins' are approved at once. */
export function suggestSkill(name: string): Promise<Skill> {
  return requestJson('/skills', SkillSchema, { method: 'POST', body: { name } });
}

/** Approving answers with the skill; rejecting removes it (null). */
export function reviewSkill(skillId: string, decision: 'approve' | 'reject'): Promise<Skill | null> {
  return requestJsonOrNothing(`/skills/${encodeURIComponent(skillId)}/review`, SkillSchema, {
    method: 'POST',
    body: { decision },
  });
}
