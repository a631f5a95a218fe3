import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/api-error.ts';
import { fetchLearningLog, learningLogQueryKey } from '../../api/learning-log.api.ts';

export function useLearningLogQuery(relationshipId: string, enabled: boolean) {
  return useQuery({ queryKey: learningLogQueryKey(relationshipId), queryFn: () => fetchLearningLog(relationshipId), enabled });
}

/** A change of the caller's learning log; refreshes the log after it. */
export function useLearningLogChange<Input, Output>(
  relationshipId: string,
  change: (input: Input) => Promise<Output>,
  success?: string,
  options: { errorsInForm?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: learningLogQueryKey(relationshipId) });
      if (success) notifications.show({ color: 'teal', message: success });
    },
    onError: (error) =>
      options.errorsInForm || notifications.show({ color: 'red', title: 'Could not save the learning log', message: describeError(error) }),
  });
}
