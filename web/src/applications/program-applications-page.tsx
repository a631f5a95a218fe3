import { Button, Paper, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import IconDownload from '~icons/tabler/download';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  applicationsExportUrl,
  type BulkDecisionResult,
  fetchProgramApplicationPage,
  type ProgramApplicationFilters,
  programApplicationsQueryKey,
} from '../api/applications.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { ProgramSubpage } from '../programs/program-subpage.tsx';
import { useProgramQuery } from '../programs/use-programs.ts';
import { ApplicationFiltersBar } from './application-filters.tsx';
import { ApplicationsTable } from './applications-table.tsx';
import { BulkDecisionBar } from './bulk-decision-bar.tsx';
import { InviteToApplyForm } from './invite-to-apply-form.tsx';

type RowResult = BulkDecisionResult['results'][number];

/**
 * Coordinators review a program's applications a page at a time: search, filter, select (on the
 * pages loaded), decide in bulk, export (the whole list, streamed) and invite.
 */
export function ProgramApplicationsPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const [filters, setFilters] = useState<ProgramApplicationFilters>({});
  const [debounced] = useDebouncedValue(filters, 250);
  const asked: ProgramApplicationFilters = { ...debounced, q: debounced.q?.trim() || undefined };
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Map<string, RowResult>>(new Map());
  const list = usePagedList({
    queryKey: programApplicationsQueryKey(programId, asked),
    fetchPage: (cursor) => fetchProgramApplicationPage(programId, asked, cursor),
  });
  const filtered = asked.q !== undefined || asked.status !== undefined || asked.role !== undefined;
  const programName = programQuery.data?.name ?? 'Program';
  const applications = list.items;
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
          <ApplicationFiltersBar
            value={filters}
            onChange={(next) => {
              setFilters(next);
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
          {list.isPending ? <PageLoader label="Loading applications" /> : null}
          {list.isError ? <ErrorState error={list.error} onRetry={list.refetch} /> : null}
          {list.isSuccess && applications.length === 0 ? (
            <EmptyNote title={filtered ? 'No application matches these filters' : 'No applications yet'}>
              Applications appear here once people apply or you invite them to apply.
            </EmptyNote>
          ) : null}
          {applications.length > 0 ? (
            <ApplicationsTable applications={applications} selected={selected} onSelectedChange={setSelected} results={results} />
          ) : null}
          <LoadMore list={list} noun="applications" />
        </Stack>
      </Paper>
    </ProgramSubpage>
  );
}
