import { SkillListSchema, SkillSchema, type Skill } from '../../../shared/schemas/index.ts';
import { requestJson, requestJsonOrNothing, toQueryString } from './client.ts';

export function skillsQueryKey(status: Skill['status']) {
  return ['skills', status] as const;
}

export async function fetchSkills(status: Skill['status']): Promise<Skill[]> {
  const { skills } = await requestJson(`/skills${toQueryString({ status })}`, SkillListSchema);
  return skills;
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
