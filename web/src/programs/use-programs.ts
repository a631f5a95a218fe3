import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  type EnrolmentFilters,
  enrolmentCountsQueryKey,
  enrolmentsQueryKey,
  fetchEnrolmentCounts,
  fetchEnrolmentsPage,
  fetchProgram,
  programQueryKey,
} from '../api/programs.api.ts';
import { usePagedList } from '../layout/use-paged-list.ts';

export function useProgramQuery(programId: string) {
  return useQuery({ queryKey: programQueryKey(programId), queryFn: () => fetchProgram(programId) });
}

/** A program's roster, a page at a time, with the filters applied on the server. */
export function useEnrolmentList(programId: string, filters: EnrolmentFilters) {
  return usePagedList({
    queryKey: enrolmentsQueryKey(programId, filters),
    fetchPage: (cursor) => fetchEnrolmentsPage(programId, filters, cursor),
  });
}

export function useEnrolmentCountsQuery(programId: string) {
  return useQuery({ queryKey: enrolmentCountsQueryKey(programId), queryFn: () => fetchEnrolmentCounts(programId) });
}

/**
 * Asks for the roster's first page and its counts at once with the program itself, instead of
 * after it (the enrolments section only mounts once the program has loaded).
 */
export function usePrefetchEnrolments(programId: string) {
  const queryClient = useQueryClient();
  useEffect(() => void prefetchEnrolments(queryClient, programId), [programId, queryClient]);
}

/** The roster's first page and its counts, asked for ahead of the enrolments section. */
export function prefetchEnrolments(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchInfiniteQuery({
      queryKey: enrolmentsQueryKey(programId, {}),
      queryFn: ({ pageParam }) => fetchEnrolmentsPage(programId, {}, pageParam),
      initialPageParam: undefined as string | undefined,
    }),
    queryClient.prefetchQuery({ queryKey: enrolmentCountsQueryKey(programId), queryFn: () => fetchEnrolmentCounts(programId) }),
  ]);
}

/** The program itself, asked for before its page is drawn (e.g. from its address). */
export function prefetchProgram(queryClient: QueryClient, programId: string): Promise<void> {
  return queryClient.prefetchQuery({ queryKey: programQueryKey(programId), queryFn: () => fetchProgram(programId) });
}
