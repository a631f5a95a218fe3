import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, describeError } from '../api/api-error.ts';
import { circlesQueryKey } from '../api/circles.api.ts';
import { latestRunQueryKey, matchingRunQueryKey, publishRun } from '../api/matching.api.ts';
import { pluralize } from '../layout/format.ts';

/** Publishes a group run: its proposed circles become active and their members see them. */
export function usePublishCircles(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => publishRun(runId),
    onSuccess: async (result, runId) => {
      notifications.show({
        color: 'teal',
        title: 'Circles published',
        message: `${pluralize(result.circlesActivated, 'circle')} started; members can now see them.`,
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: matchingRunQueryKey(runId) }),
        queryClient.invalidateQueries({ queryKey: latestRunQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: circlesQueryKey(programId) }),
      ]);
    },
    onError: (error) => {
      const stale = error instanceof ApiError && (error.code === 'stale_run' || error.code === 'mentor_at_capacity');
      notifications.show({
        color: 'red',
        title: 'Could not publish',
        message: stale ? `${error.message}. Re-run matching, then publish.` : describeError(error),
      });
    },
  });
}
