import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { emailCategoryLabels } from '../../../shared/schemas/email.ts';
import { emailModes } from '../../../shared/schemas/notifications.ts';
import {
  type EmailMode,
  fetchNotificationPreferences,
  type NotificationCategory,
  notificationPreferencesQueryKey,
  saveNotificationPreferences,
} from '../api/notifications.api.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { ProfileSection } from '../profile/profile-section.tsx';

const modeLabels: Record<EmailMode, string> = {
  immediate: 'Email me at once',
  daily: 'In a daily digest',
  weekly: 'In a weekly digest',
  off: 'No email (in the app only)',
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** My profile's "Notifications": how each kind of notification reaches me by email; in the app, always. */
export function NotificationPreferencesSection() {
  const queryClient = useQueryClient();
  const preferences = useQuery({ queryKey: notificationPreferencesQueryKey, queryFn: fetchNotificationPreferences });
  const save = useMutation({
    mutationFn: ({ category, email }: { category: NotificationCategory; email: EmailMode }) =>
      saveNotificationPreferences({ email: { [category]: email } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationPreferencesQueryKey, saved);
      toasts.show({ color: 'teal', title: 'Saved', message: 'Your email preferences are saved.' });
    },
    onError: () => toasts.show({ color: 'red', title: 'Not saved', message: 'Your email preferences could not be saved. Try again.' }),
  });
  return (
    <ProfileSection
      id="notifications-section"
      title="Notifications"
      description="Everything shows under the bell in the app. Choose how each kind also reaches you by email."
    >
      {preferences.isPending ? <PageLoader label="Loading your notification preferences" /> : null}
      {preferences.isError ? <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} /> : null}
      {preferences.data ? (
        <Stack gap="sm">
          {preferences.data.categories.map(({ category, email, changeable }) => (
            <Group key={category} justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={500} id={`notification-category-${category}`}>
                {capitalized(emailCategoryLabels[category])}
              </Text>
              {changeable ? (
                <NativeSelect
                  aria-labelledby={`notification-category-${category}`}
                  value={email}
                  disabled={save.isPending}
                  onChange={(event) => save.mutate({ category, email: event.currentTarget.value as EmailMode })}
                  data={emailModes.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
                  w={{ base: '100%', xs: 240 }}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  Always emailed at once
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      ) : null}
    </ProfileSection>
  );
}
