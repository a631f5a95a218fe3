import { Stack, Text, Title } from '@mantine/core';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { MyApplicationsList } from './my-applications-list.tsx';
import { OpenProgramsList } from './open-programs-list.tsx';
import { useMyApplicationsQuery } from './use-apply-queries.ts';

/** Programs open for applications, and the person's own applications. */
export function ApplyPage() {
  usePageTitle('Apply to a program');
  const applicationsQuery = useMyApplicationsQuery();
  const applications = applicationsQuery.data ?? [];
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Apply to a program</Title>
        <Text c="dimmed">Apply as a mentor or a mentee. You can save a draft and submit it when you are ready.</Text>
      </Stack>
      <OpenProgramsList applications={applications} />
      {applicationsQuery.isPending ? <PageLoader label="Loading your applications" /> : null}
      {applicationsQuery.isError ? <ErrorState error={applicationsQuery.error} onRetry={() => void applicationsQuery.refetch()} /> : null}
      {applicationsQuery.isSuccess ? <MyApplicationsList applications={applications} /> : null}
    </Stack>
  );
}
