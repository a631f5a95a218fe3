import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/api-error.ts';
import { fetchGoalHistory, fetchGoals, fetchGoalSummary, goalsQueryKey, type Goal } from '../../api/goals.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';

export function useGoalsQuery(relationshipId: string, enabled: boolean) {
  return useQuery({ queryKey: goalsQueryKey(relationshipId), queryFn: () => fetchGoals(relationshipId), enabled });
}

export function useGoalSummaryQuery(relationshipId: string, enabled: boolean) {
  return useQuery({ queryKey: [...goalsQueryKey(relationshipId), 'summary'], queryFn: () => fetchGoalSummary(relationshipId), enabled });
}

export function useGoalHistoryQuery(relationshipId: string, goalId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...goalsQueryKey(relationshipId), goalId, 'history'],
    queryFn: () => fetchGoalHistory(relationshipId, goalId),
    enabled,
  });
}

/**
 * A change of one goal (progress, status, milestone, refinement): refreshes the goals (and their
 * histories) after it, and says so when it fails (unless a form shows the error by its fields).
 */
export function useGoalChange<Input>(
  relationshipId: string,
  change: (input: Input) => Promise<Goal>,
  success?: (goal: Goal) => string | null,
  options: { errorsInForm?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (goal) => {
      // Goals feed the stage signals and the header: refresh the whole relationship.
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
      const message = success?.(goal);
      if (message) notifications.show({ color: 'teal', message });
    },
    onError: (error) =>
      options.errorsInForm || notifications.show({ color: 'red', title: 'Could not save the goal', message: describeError(error) }),
  });
}
