import { useQuery } from '@tanstack/react-query';
import {
  enrolmentsQueryKey,
  fetchEnrolments,
  fetchProgram,
  fetchPrograms,
  programQueryKey,
  programsQueryKey,
} from '../api/programs.api.ts';

export function useProgramsQuery() {
  return useQuery({ queryKey: programsQueryKey, queryFn: fetchPrograms });
}

export function useProgramQuery(programId: string) {
  return useQuery({ queryKey: programQueryKey(programId), queryFn: () => fetchProgram(programId) });
}

export function useEnrolmentsQuery(programId: string) {
  return useQuery({ queryKey: enrolmentsQueryKey(programId), queryFn: () => fetchEnrolments(programId) });
}
