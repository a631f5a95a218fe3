import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { CreateMatchingOverride, MatchingRun } from '../../../shared/schemas/index.ts';
import { formatDate } from '../layout/format.ts';
import { PairsPicture } from './pairs-picture.tsx';
import { ProposalsTable } from './proposals-table.tsx';
import { PublishButton } from './publish-button.tsx';
import { RunSummary } from './run-summary.tsx';
import { UnmatchedList } from './unmatched-list.tsx';

interface RunResultProps {
  programId: string;
  run: MatchingRun;
  onOverride: (override: CreateMatchingOverride) => void;
  overriding: boolean;
}

/** A finished run: summary, proposals, who was left unmatched and why, the picture, and publishing. */
export function RunResult({ programId, run, onOverride, overriding }: RunResultProps) {
  if (run.status === 'failed') {
    return (
      <Alert color="red" title="Matching failed" role="alert">
        {run.error ?? 'The run stopped before it found pairs.'} Check the rules and run matching again.
      </Alert>
    );
  }
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
      {run.summary ? <RunSummary run={run} summary={run.summary} /> : null}
      <Paper withBorder p="xs">
        {run.proposals.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            This run proposed no pairs.
          </Text>
        ) : (
          <ProposalsTable proposals={run.proposals} canOverride={!overriding} onOverride={onOverride} />
        )}
      </Paper>
      <Stack component="section" aria-labelledby="unmatched-heading" gap="xs">
        <Title order={3} size="h4" id="unmatched-heading">
          Unmatched mentees
        </Title>
        <UnmatchedList unmatched={run.unmatched} />
      </Stack>
      {run.proposals.length > 0 ? (
        <Stack component="section" aria-labelledby="picture-heading" gap="xs">
          <Title order={3} size="h4" id="picture-heading">
            Pairs at a glance
          </Title>
          <PairsPicture run={run} />
        </Stack>
      ) : null}
      <PublishButton programId={programId} run={run} />
    </Stack>
  );
}
