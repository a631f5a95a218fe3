import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Application } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { applicationQueryKey, withdrawApplication } from '../api/applications.api.ts';

/** The applicant withdraws their own application; lists and the application page refresh. */
export function useWithdrawApplication(onWithdrawn: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (application: Application) => withdrawApplication(application.id),
    onSuccess: async (application) => {
      queryClient.setQueryData(applicationQueryKey(application.id), application);
      notifications.show({ color: 'teal', title: 'Application withdrawn', message: `You withdrew from ${application.programName}.` });
      onWithdrawn();
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not withdraw', message: describeError(error) }),
  });
}
