import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMatchingOverride, MatchingRulesChange, StartMatchingRun } from '../../../shared/schemas/index.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import {
  cancelMatchingRun,
  createOverride,
  deleteOverride,
  latestRunQueryKey,
  matchingRulesQueryKey,
  matchingRunQueryKey,
  overridesQueryKey,
  publishRun,
  relationshipsQueryKey,
  saveMatchingRules,
  startMatchingRun,
  type PublishResult,
} from '../api/matching.api.ts';

/** Saves part of the rules (what one form owns); the cache then holds the server's whole, latest rules. */
export function useSaveRules(programId: string, onError: (error: Error) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MatchingRulesChange) => saveMatchingRules(programId, change),
    onSuccess: (rules) => {
      queryClient.setQueryData(matchingRulesQueryKey(programId), rules);
      notifications.show({ color: 'teal', title: 'Rules saved', message: 'The next run uses these rules.' });
    },
    onError,
  });
}

export function useStartRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartMatchingRun) => startMatchingRun(programId, body),
    onSuccess: (run) => {
      queryClient.setQueryData(matchingRunQueryKey(run.id), run);
      queryClient.setQueryData(latestRunQueryKey(programId), run);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not start matching', message: describeError(error) }),
  });
}

/** Cancels the running run; the page then shows the run as cancelled and Run matching again. */
export function useCancelRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => cancelMatchingRun(runId),
    onSuccess: (run) => {
      queryClient.setQueryData(matchingRunQueryKey(run.id), run);
      queryClient.setQueryData(latestRunQueryKey(programId), run);
      notifications.show({
        color: 'teal',
        title: 'Matching cancelled',
        message: 'Nothing of that run was kept. Run matching again when ready.',
      });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel matching', message: describeError(error) }),
  });
}

export function useCreateOverride(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMatchingOverride) => createOverride(programId, body),
    onSuccess: async (override) => {
      notifications.show({ color: 'teal', title: 'Override added', message: `${override.description}. Re-run matching to apply it.` });
      await queryClient.invalidateQueries({ queryKey: overridesQueryKey(programId) });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not add the override', message: describeError(error) }),
  });
}

export function useDeleteOverride(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (overrideId: string) => deleteOverride(programId, overrideId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: overridesQueryKey(programId) });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not remove the override', message: describeError(error) }),
  });
}

function describePublishError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'stale_run') {
    return 'The rules, overrides or participants changed since this run. Re-run matching, then publish.';
  }
  if (error instanceof ApiError && error.code === 'mentor_at_capacity') {
    return `A mentor has no room left (${error.message}). Re-run matching, then publish.`;
  }
  return describeError(error);
}

export function usePublishRun(programId: string, onPublished: (result: PublishResult) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => publishRun(runId),
    onSuccess: async (result, runId) => {
      onPublished(result);
      notifications.show({ color: 'teal', title: 'Matches published', message: `${result.relationshipsCreated} relationships created.` });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: matchingRunQueryKey(runId) }),
        queryClient.invalidateQueries({ queryKey: latestRunQueryKey(programId) }),
        queryClient.invalidateQueries({ queryKey: relationshipsQueryKey(programId) }),
      ]);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not publish', message: describePublishError(error) }),
  });
}
