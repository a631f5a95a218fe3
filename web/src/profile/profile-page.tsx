import { Stack, Text, Title } from '@mantine/core';
import { useCurrentSession } from '../auth/session-context.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { NotificationPreferencesSection } from '../notifications/notification-preferences-section.tsx';
import { ProfileForm } from './profile-form.tsx';
import { useOwnProfileQuery } from './use-profile-queries.ts';

/** The signed-in person's own profile: what programs, matching and other participants draw on. */
export function ProfilePage() {
  usePageTitle('My profile');
  const session = useCurrentSession();
  const profileQuery = useOwnProfileQuery();
  // The people directory is for coordinators and admins; members' supervisors are set by them.
  const canPickSupervisor = session.person.organizationRole !== 'member';

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>My profile</Title>
        <Text c="dimmed">
          Programs ask about these in their intake forms, and matching uses them. Each identity attribute shows who can see it.
        </Text>
      </Stack>
      {profileQuery.isPending ? <PageLoader label="Loading your profile" /> : null}
      {profileQuery.isError ? <ErrorState error={profileQuery.error} onRetry={() => void profileQuery.refetch()} /> : null}
      {profileQuery.data ? <ProfileForm profile={profileQuery.data} canPickSupervisor={canPickSupervisor} /> : null}
      <NotificationPreferencesSection />
    </Stack>
  );
}
