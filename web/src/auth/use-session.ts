import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from '../api/auth.api.ts';

/** How long a checked session is trusted before it is checked again. */
export const sessionStaleTime = 5 * 60_000;

/** The session query: data is the session, or null when nobody is signed in. */
export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: sessionStaleTime });
}
