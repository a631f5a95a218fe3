import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from '../api/auth.api.ts';

/** The session query: data is the session, or null when nobody is signed in. */
export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}
