import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CreateMatchingOverride, MatchingRun } from '../../../shared/schemas/index.ts';
import type { ProposalFilters } from '../api/matching.api.ts';
import { formatDate } from '../layout/format.ts';
import { ProposalFiltersBar } from './proposal-filters.tsx';
import { ProposalsTable } from './proposals-table.tsx';
import { PublishButton } from './publish-button.tsx';
import { RunSummary } from './run-summary.tsx';
import { SmallRunPicture } from './small-run-picture.tsx';
import { UnmatchedList } from './unmatched-list.tsx';

interface RunResultProps {
  programId: string;
  run: MatchingRun;
  onOverride: (override: CreateMatchingOverride) => void;
  overriding: boolean;
}

/**
 * A finished run: the server's summary and histogram, the proposals a page at a time under the
 * review's filters, who was left unmatched and why, a picture when the run is small, and publishing.
 */
export function RunResult({ programId, run, onOverride, overriding }: RunResultProps) {
  const [filters, setFilters] = useState<ProposalFilters>({});
  if (run.status === 'failed' || run.status === 'cancelled') {
    return (
      <Alert color="red" title={run.status === 'failed' ? 'Matching failed' : 'Matching was cancelled'} role="alert">
        {run.error ?? 'The run stopped before it found pairs.'} Check the rules and run matching again.
      </Alert>
    );
  }
  const proposalCount = run.summary?.proposalCount ?? 0;
  const unmatchedCount = run.summary?.unmatchedCount ?? 0;
  return (
    <Stack component="section" aria-labelledby="result-heading" gap="md">
      <Stack gap={0}>
        <Title order={2} size="h3" id="result-heading">
          Proposed matches
        </Title>
        <Text size="sm" c="dimmed">
          Run of {formatDate(run.finishedAt ?? run.createdAt)}. Participants see nothing until you publish.
        </Text>
      </Stack>
      {run.summary ? <RunSummary run={run} summary={run.summary} onFilter={setFilters} /> : null}
      {proposalCount === 0 ? (
        <Paper withBorder p="xs">
          <Text size="sm" c="dimmed" p="sm">
            This run proposed no pairs.
          </Text>
        </Paper>
      ) : (
        <Stack component="section" aria-labelledby="pairs-heading" gap="xs">
          <Title order={3} size="h4" id="pairs-heading">
            Pairs
          </Title>
          <ProposalFiltersBar filters={filters} onChange={setFilters} />
          <Paper withBorder p="xs">
            <ProposalsTable runId={run.id} filters={filters} total={proposalCount} canOverride={!overriding} onOverride={onOverride} />
          </Paper>
        </Stack>
      )}
      <Stack component="section" aria-labelledby="unmatched-heading" gap="xs">
        <Title order={3} size="h4" id="unmatched-heading">
          Unmatched mentees
        </Title>
        <UnmatchedList runId={run.id} total={unmatchedCount} />
      </Stack>
      <SmallRunPicture runId={run.id} proposalCount={proposalCount} unmatchedCount={unmatchedCount} />
      <PublishButton programId={programId} run={run} />
    </Stack>
  );
}
