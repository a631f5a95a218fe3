import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from './api/api-error.ts';
import { sessionQueryKey } from './api/auth.api.ts';

/**
 * One client for the app. Any 401 clears the cached session, which makes the
 * session guard send the person to /sign-in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetSessionOn401 }),
    mutationCache: new MutationCache({ onError: forgetSessionOn401 }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isUnauthorized(error) && failureCount < 2 && !isClientError(error),
      },
    },
  });
  function forgetSessionOn401(error: Error): void {
    if (isUnauthorized(error)) client.setQueryData(sessionQueryKey, null);
  }
  return client;
}

function isClientError(error: Error): boolean {
  return 'status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500;
}
