import { useQuery } from '@tanstack/react-query';
import { fetchOwnProfile, fetchSeniorityScale, ownProfileQueryKey, seniorityScaleQueryKey } from '../api/profiles.api.ts';
import { fetchSkills, skillsQueryKey } from '../api/skills.api.ts';

export function useOwnProfileQuery() {
  return useQuery({ queryKey: ownProfileQueryKey, queryFn: fetchOwnProfile });
}

export function useSeniorityScaleQuery() {
  return useQuery({ queryKey: seniorityScaleQueryKey, queryFn: fetchSeniorityScale, staleTime: 10 * 60_000 });
}

/** Names of the organization's approved skills, for tag suggestions. */
export function useApprovedSkillNames() {
  return useQuery({
    queryKey: skillsQueryKey('approved'),
    queryFn: () => fetchSkills('approved'),
    select: (skills) => skills.map((skill) => skill.name),
  });
}
