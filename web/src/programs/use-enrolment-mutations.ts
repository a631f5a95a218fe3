import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programRoleLabels } from '../../../shared/enums.ts';
import type { CreateEnrolment, Enrolment, Program } from '../../../shared/schemas/index.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import { enrolPerson, withdrawEnrolment } from '../api/programs.api.ts';

/** Refreshes everything that shows enrolments or their counts. */
function useRefreshProgram(programId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['programs'] }), queryClient.invalidateQueries({ queryKey: ['home'] })]);
    return programId;
  };
}

export function useEnrolPerson(program: Program, onEnrolled: (enrolment: Enrolment) => void) {
  const refresh = useRefreshProgram(program.id);
  return useMutation({
    mutationFn: (body: CreateEnrolment) => enrolPerson(program.id, body),
    onSuccess: async (enrolment) => {
      notifications.show({
        color: 'teal',
        title: 'Enrolled',
        message: `${enrolment.person.displayName} is now ${programRoleLabels[enrolment.role].toLowerCase()} in ${program.name}.`,
      });
      onEnrolled(enrolment);
      await refresh();
    },
    onError: (error) => {
      const title = error instanceof ApiError && error.code === 'already_enrolled' ? 'Already enrolled' : 'Could not enrol';
      notifications.show({ color: 'red', title, message: describeError(error) });
    },
  });
}

export function useWithdrawEnrolment(program: Program, onWithdrawn: () => void) {
  const refresh = useRefreshProgram(program.id);
  return useMutation({
    mutationFn: (enrolment: Enrolment) => withdrawEnrolment(program.id, enrolment.id),
    onSuccess: async (enrolment) => {
      notifications.show({
        color: 'teal',
        title: 'Withdrawn',
        message: `${enrolment.person.displayName} no longer takes part as ${programRoleLabels[enrolment.role].toLowerCase()}.`,
      });
      onWithdrawn();
      await refresh();
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: 'Could not withdraw', message: describeError(error) });
    },
  });
}
