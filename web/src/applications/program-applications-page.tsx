import { Button, Paper, Select, Stack } from '@mantine/core';
import IconDownload from '~icons/tabler/download';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { applicationStatuses, type ApplicationStatus } from '../../../shared/enums.ts';
import {
  applicationsExportUrl,
  fetchProgramApplications,
  programApplicationsQueryKey,
  type BulkDecisionResult,
} from '../api/applications.api.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { ProgramSubpage } from '../programs/program-subpage.tsx';
import { useProgramQuery } from '../programs/use-programs.ts';
import { applicationStatusLabels } from './application-labels.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { BulkDecisionBar } from './bulk-decision-bar.tsx';
import { InviteToApplyForm } from './invite-to-apply-form.tsx';

type StatusFilter = ApplicationStatus | 'all';
type RowResult = BulkDecisionResult['results'][number];
const statusOptions = [
  { value: 'all', label: 'All statuses' },
  ...applicationStatuses.map((status) => ({ value: status, label: applicationStatusLabels[status] })),
];

function isStatusFilter(value: string | null): value is StatusFilter {
  return value === 'all' || applicationStatuses.some((status) => status === value);
}

/** Coordinators review a program's applications: filter, select, decide in bulk, export and invite. */
export function ProgramApplicationsPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Map<string, RowResult>>(new Map());
  const applicationsQuery = useQuery({
    queryKey: programApplicationsQueryKey(programId, status),
    queryFn: () => fetchProgramApplications(programId, status),
  });
  const programName = programQuery.data?.name ?? 'Program';
  const applications = applicationsQuery.data ?? [];
  const selectedIds = applications.filter((application) => selected.has(application.id)).map((application) => application.id);

  return (
    <ProgramSubpage
      programId={programId}
      programName={programName}
      section="Applications"
      title={`Applications to ${programName}`}
      actions={
        <Button
          component="a"
          href={applicationsExportUrl(programId)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Export CSV
        </Button>
      }
    >
      <InviteToApplyForm programId={programId} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <Select
            label="Status"
            data={statusOptions}
            value={status}
            allowDeselect={false}
            w={220}
            onChange={(value) => {
              if (!isStatusFilter(value)) return;
              setStatus(value);
              setSelected(new Set());
              setResults(new Map());
            }}
          />
          <BulkDecisionBar
            programId={programId}
            selectedIds={selectedIds}
            onDone={(result) => {
              setResults(new Map(result.results.map((row) => [row.applicationId, row])));
              setSelected(new Set());
            }}
          />
          {applicationsQuery.isPending ? <PageLoader label="Loading applications" /> : null}
          {applicationsQuery.isError ? (
            <ErrorState error={applicationsQuery.error} onRetry={() => void applicationsQuery.refetch()} />
          ) : null}
          {applicationsQuery.isSuccess && applications.length === 0 ? (
            <EmptyNote title={status === 'all' ? 'No applications yet' : 'No applications with this status'}>
              Applications appear here once people apply or you invite them to apply.
            </EmptyNote>
          ) : null}
          {applications.length > 0 ? (
            <ApplicationsTable applications={applications} selected={selected} onSelectedChange={setSelected} results={results} />
          ) : null}
        </Stack>
      </Paper>
    </ProgramSubpage>
  );
}
