import { Alert, Button, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type AdminJob, type ListedJobState, listedJobStates } from '../../../shared/schemas/jobs.ts';
import { adminJobsQueryKey, fetchAdminJobs, retryAdminJob } from '../api/jobs.api.ts';
import { isAdmin, useCurrentSession } from '../auth/session-context.ts';
import { DataTable } from '../layout/data-table.tsx';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

const stateLabels: Record<ListedJobState, string> = { dead: 'Gave up', failed: 'Waiting to retry', queued: 'Waiting to run' };

function formatTime(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function JobRow({ job, onRetry, retrying }: { job: AdminJob; onRetry: (() => void) | null; retrying: boolean }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTime(job.updatedAt)}</Table.Td>
      <Table.Td>{job.name}</Table.Td>
      <Table.Td>{job.attempts}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTime(job.runAt)}</Table.Td>
      <Table.Td>
        <Text size="xs" c={job.lastError ? 'red' : 'dimmed'} lineClamp={3} title={job.lastError ?? undefined}>
          {job.lastError ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {onRetry ? (
          <Button size="xs" variant="light" onClick={onRetry} loading={retrying}>
            Retry now
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** Org admins see their organization's background jobs that gave up, wait to retry or wait to run, and run one again. */
export function JobsPage() {
  usePageTitle('Background jobs');
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ListedJobState>('dead');
  const jobs = usePagedList({
    queryKey: adminJobsQueryKey(state),
    fetchPage: (cursor) => fetchAdminJobs(state, cursor),
    enabled: isAdmin(session),
  });
  const retry = useMutation({
    mutationFn: retryAdminJob,
    onSuccess: async () => {
      notifications.show({ color: 'teal', title: 'Job queued', message: 'It runs again now.' });
      await queryClient.invalidateQueries({ queryKey: ['admin-jobs'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not retried', message: error.message }),
  });

  if (!isAdmin(session)) {
    return (
      <Stack gap="lg">
        <Title order={1}>Background jobs</Title>
        <Alert color="yellow" title="For organization admins">
          Only organization admins can see the background jobs of {session.organization.name}.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Background jobs</Title>
        <Text c="dimmed">
          Work {session.organization.name}’s server does in the background, such as delivering email. A job that fails is tried again later;
          one that gave up keeps its last error here until you run it again.
        </Text>
      </Stack>
      <Paper withBorder p="lg" component="section" aria-labelledby="jobs-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="jobs-heading">
            Jobs
          </Title>
          <SegmentedControl
            aria-label="State"
            value={state}
            onChange={(value) => setState(value as ListedJobState)}
            data={listedJobStates.map((value) => ({ value, label: stateLabels[value] }))}
            style={{ alignSelf: 'flex-start' }}
          />
          {jobs.isPending ? <PageLoader label="Loading the jobs" /> : null}
          {jobs.isError ? <ErrorState error={jobs.error} onRetry={jobs.refetch} /> : null}
          {jobs.isSuccess && jobs.items.length === 0 ? <EmptyNote title="No jobs in this state" /> : null}
          {jobs.items.length > 0 ? (
            <DataTable
              minWidth={860}
              striped
              verticalSpacing="sm"
              caption="Jobs, most recently changed first"
              columns={['Changed', 'Kind', 'Attempts', 'Runs at', 'Last error', '']}
            >
              {jobs.items.map((job) => (
                <JobRow
                  key={job.id}
                  job={job}
                  onRetry={state === 'queued' ? null : () => retry.mutate(job.id)}
                  retrying={retry.isPending && retry.variables === job.id}
                />
              ))}
            </DataTable>
          ) : null}
          <LoadMore list={jobs} noun="jobs" />
        </Stack>
      </Paper>
    </Stack>
  );
}
