import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveMatchingPreferences } from '../../../../shared/schemas/matching-preferences.ts';
import { describeError } from '../../api/api-error.ts';
import { fetchMyPreferences, myPreferencesQueryKey, saveMentorsWanted, saveMyPreferences } from '../../api/matching-preferences.api.ts';
import { suggestionsQueryKey } from '../../api/matching.api.ts';

export function useMyPreferencesQuery(programId: string, enabled: boolean) {
  return useQuery({ queryKey: myPreferencesQueryKey(programId), queryFn: () => fetchMyPreferences(programId), enabled });
}

/** Saves picks and/or marks, then refreshes the preferences and the suggestions they change. */
export function useSavePreferences(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveMatchingPreferences) => saveMyPreferences(programId, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(myPreferencesQueryKey(programId), saved);
      notifications.show({
        color: 'teal',
        title: 'Preferences saved',
        message: 'The coordinator’s next matching run takes them into account.',
      });
      await queryClient.invalidateQueries({ queryKey: suggestionsQueryKey(programId) });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not save your preferences', message: describeError(error) }),
  });
}

export function useSaveMentorsWanted(programId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mentorsWanted: number) => saveMentorsWanted(programId, personId, mentorsWanted),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myPreferencesQueryKey(programId) });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not save how many mentors you want', message: describeError(error) }),
  });
}
