import { type QueryClient, useQuery } from '@tanstack/react-query';
import {
  fetchLatestRun,
  fetchMatchingRules,
  fetchMatchingRun,
  fetchOverridePage,
  fetchSuggestions,
  latestRunQueryKey,
  matchingRulesQueryKey,
  matchingRunQueryKey,
  type OverrideFilters,
  overridePagesQueryKey,
  suggestionsQueryKey,
} from '../api/matching.api.ts';
import { useCursorPages } from '../layout/use-cursor-pages.ts';

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

/** Overrides per page: the list stays a screenful however many a coordinator adds. */
export const overridePageSize = 20;

/** The program's overrides, a page at a time from the server, narrowed by kind or a name. */
export function useOverridePages(programId: string, filters: OverrideFilters) {
  return useCursorPages({
    queryKey: overridePagesQueryKey(programId, filters, overridePageSize),
    fetchPage: (cursor) => fetchOverridePage(programId, filters, overridePageSize, cursor),
  });
}

export function useSuggestionsQuery(programId: string, enabled: boolean) {
  return useQuery({ queryKey: suggestionsQueryKey(programId), queryFn: () => fetchSuggestions(programId), enabled });
}

/** The latest run, the rules and the overrides' first page, asked for together (the matching page's first requests). */
export function prefetchMatchingPageData(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchQuery({ queryKey: latestRunQueryKey(programId), queryFn: () => fetchLatestRun(programId) }),
    queryClient.prefetchQuery({ queryKey: matchingRulesQueryKey(programId), queryFn: () => fetchMatchingRules(programId) }),
    queryClient.prefetchQuery({
      // The key useCursorPages asks for the first page (no cursor yet) of the unfiltered list.
      queryKey: [...overridePagesQueryKey(programId, {}, overridePageSize), { cursor: null }],
      queryFn: () => fetchOverridePage(programId, {}, overridePageSize),
    }),
  ]);
}
