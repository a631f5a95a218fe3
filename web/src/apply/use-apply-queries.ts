import { useQuery } from '@tanstack/react-query';
import { fetchMyApplications, myApplicationsQueryKey } from '../api/applications.api.ts';
import { fetchIntakeForm, intakeFormQueryKey } from '../api/intake-forms.api.ts';
import { fetchOpenPrograms, openProgramsQueryKey } from '../api/programs.api.ts';

export function useOpenProgramsQuery() {
  return useQuery({ queryKey: openProgramsQueryKey, queryFn: fetchOpenPrograms });
}

export function useMyApplicationsQuery() {
  return useQuery({ queryKey: myApplicationsQueryKey, queryFn: fetchMyApplications });
}

/**
 * The current intake form of a program; data is null when the program has none. Pass
 * `enabled: false` when the program is known to have no form, to skip a request that would 404.
 */
export function useIntakeFormQuery(programId: string, enabled = true) {
  return useQuery({ queryKey: intakeFormQueryKey(programId), queryFn: () => fetchIntakeForm(programId), enabled });
}
