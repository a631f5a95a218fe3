import { useQuery } from '@tanstack/react-query';
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
