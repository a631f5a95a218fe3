import { useQuery, useQueryClient } from '@tanstack/react-query';
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
  useEffect(() => {
    void queryClient.prefetchInfiniteQuery({
      queryKey: enrolmentsQueryKey(programId, {}),
      queryFn: ({ pageParam }) => fetchEnrolmentsPage(programId, {}, pageParam),
      initialPageParam: undefined as string | undefined,
    });
    void queryClient.prefetchQuery({ queryKey: enrolmentCountsQueryKey(programId), queryFn: () => fetchEnrolmentCounts(programId) });
  }, [programId, queryClient]);
}
