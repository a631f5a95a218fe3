import { useQuery } from '@tanstack/react-query';
import { fetchOwnProfile, fetchSeniorityScale, ownProfileQueryKey, seniorityScaleQueryKey } from '../api/profiles.api.ts';

export function useOwnProfileQuery() {
  return useQuery({ queryKey: ownProfileQueryKey, queryFn: fetchOwnProfile });
}

export function useSeniorityScaleQuery() {
  return useQuery({ queryKey: seniorityScaleQueryKey, queryFn: fetchSeniorityScale, staleTime: 10 * 60_000 });
}
