import { type QueryClient, useQuery } from '@tanstack/react-query';
import {
  fetchLatestRun,
  fetchMatchingRules,
  fetchMatchingRun,
  fetchOverrides,
  fetchSuggestions,
  latestRunQueryKey,
  matchingRulesQueryKey,
  matchingRunQueryKey,
  overridesQueryKey,
  suggestionsQueryKey,
} from '../api/matching.api.ts';

/** How often a running matching run is asked for its progress. */
const runPollMilliseconds = 500;

export function useMatchingRulesQuery(programId: string) {
  return useQuery({ queryKey: matchingRulesQueryKey(programId), queryFn: () => fetchMatchingRules(programId) });
}

/**
 * The program's latest run, polled by its id every half second while it is running.
 * `data` is null when matching never ran.
 */
export function useCurrentRunQuery(programId: string) {
  const latestQuery = useQuery({ queryKey: latestRunQueryKey(programId), queryFn: () => fetchLatestRun(programId) });
  const latest = latestQuery.data ?? null;
  const runQuery = useQuery({
    queryKey: matchingRunQueryKey(latest?.id ?? 'none'),
    queryFn: () => fetchMatchingRun(latest?.id ?? ''),
    enabled: latest !== null,
    initialData: latest ?? undefined,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? runPollMilliseconds : false),
  });
  return {
    run: latest === null ? null : (runQuery.data ?? latest),
    isPending: latestQuery.isPending,
    error: latestQuery.error ?? runQuery.error,
    refetch: () => void latestQuery.refetch(),
  };
}

export function useOverridesQuery(programId: string) {
  return useQuery({ queryKey: overridesQueryKey(programId), queryFn: () => fetchOverrides(programId) });
}

export function useSuggestionsQuery(programId: string, enabled: boolean) {
  return useQuery({ queryKey: suggestionsQueryKey(programId), queryFn: () => fetchSuggestions(programId), enabled });
}

/** The latest run, the rules and the overrides, asked for together (the matching page's first requests). */
export function prefetchMatchingPageData(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchQuery({ queryKey: latestRunQueryKey(programId), queryFn: () => fetchLatestRun(programId) }),
    queryClient.prefetchQuery({ queryKey: matchingRulesQueryKey(programId), queryFn: () => fetchMatchingRules(programId) }),
    queryClient.prefetchQuery({ queryKey: overridesQueryKey(programId), queryFn: () => fetchOverrides(programId) }),
  ]);
}
