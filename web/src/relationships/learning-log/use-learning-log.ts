import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/api-error.ts';
import { fetchLearningLogPage, learningLogQueryKey } from '../../api/learning-log.api.ts';
import { usePagedList } from '../../layout/use-paged-list.ts';

/** The learning log a page at a time, newest first. */
export function useLearningLogList(relationshipId: string, enabled: boolean) {
  return usePagedList({
    queryKey: learningLogQueryKey(relationshipId),
    fetchPage: (cursor) => fetchLearningLogPage(relationshipId, cursor),
    enabled,
  });
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
