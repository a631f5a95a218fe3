import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import IconCertificate from '~icons/tabler/certificate';
import { type MatchingRun, matchingWarningKinds } from '../../../shared/schemas/index.ts';
import type { ProposalFilters } from '../api/matching.api.ts';
import { formatScore, modeLabels, policyLabels, warningKindLabels } from './matching-labels.ts';
import { ScoreHistogram } from './score-histogram.tsx';

type Summary = NonNullable<MatchingRun['summary']>;

/** One headline figure of a run (label, value, optional note), inside a `<dl>`. */
export function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Stack component="dd" gap={0} m={0}>
        <Text span fw={700} size="xl">
          {value}
        </Text>
        {note ? (
          <Text span size="xs" c="dimmed">
            {note}
          </Text>
        ) : null}
      </Stack>
    </div>
  );
}

function matchedPercent(summary: Summary): string {
  if (summary.menteeSlots === 0) return '—';
  return `${Math.round((summary.matchedSlots / summary.menteeSlots) * 100)}%`;
}

/** The warnings of the run by kind, each a button that lists the pairs carrying it. */
function WarningsByKind({ summary, onFilter }: { summary: Summary; onFilter: (filters: ProposalFilters) => void }) {
  const kinds = matchingWarningKinds.filter((kind) => (summary.warningsByKind[kind] ?? 0) > 0);
  if (kinds.length === 0) return <Text size="sm">No pair carries a warning.</Text>;
  return (
    <Group gap="xs" role="list" aria-label="Warnings by kind">
      {kinds.map((kind) => (
        <Button
          key={kind}
          role="listitem"
          size="compact-sm"
          variant="light"
          color="orange"
          onClick={() => onFilter({ warningKind: kind, sort: 'score' })}
        >
          {warningKindLabels[kind]}: {(summary.warningsByKind[kind] ?? 0).toLocaleString()}
        </Button>
      ))}
    </Group>
  );
}

interface RunSummaryProps {
  run: MatchingRun;
  summary: Summary;
  /** Narrows the proposals table (a histogram bar, a kind of warning). */
  onFilter: (filters: ProposalFilters) => void;
}

/** The run's headline figures, its score histogram and its warnings by kind, all from the server's summary. */
export function RunSummary({ run, summary, onFilter }: RunSummaryProps) {
  const stable = run.mode === 'stable';
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm">
            {policyLabels[run.policy]} · {modeLabels[run.mode]} · took {summary.seconds.toFixed(1)} s
          </Text>
          {summary.optimal ? (
            <Badge color="teal" variant="light" leftSection={<IconCertificate size={14} aria-hidden />}>
              Certified optimal
            </Badge>
          ) : null}
          {run.status === 'published' ? <Badge color="indigo">Published</Badge> : null}
        </Group>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: stable ? 8 : 6 }} spacing="md" m={0}>
          <Figure
            label="Matched"
            value={matchedPercent(summary)}
            note={`${summary.matchedSlots} of ${summary.menteeSlots} mentee places`}
          />
          <Figure
            label="Proposed pairs"
            value={summary.proposalCount.toLocaleString()}
            note={`${summary.lockedCount.toLocaleString()} locked`}
          />
          <Figure
            label="Unmatched"
            value={summary.unmatchedCount.toLocaleString()}
            note={summary.unmatchedCount === 1 ? 'mentee without enough mentors' : 'mentees without enough mentors'}
          />
          <Figure label="Mean pair score" value={formatScore(summary.meanScore)} />
          <Figure label="Lowest pair score" value={formatScore(summary.lowestScore)} />
          <Figure
            label="Approach mismatches"
            value={String(summary.approachMismatches)}
            note={summary.approachMismatches > 0 ? 'Pairs assuming different kinds of mentoring' : undefined}
          />
          {stable ? (
            <>
              <Figure label="Blocking pairs" value={String(summary.blockingPairs ?? 0)} note="Pairs who would both rather be together" />
              <Figure label="Score given up" value={(summary.scoreGivenUp ?? 0).toFixed(2)} note="Total pair score below the optimal run" />
            </>
          ) : null}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ScoreHistogram
            histogram={summary.histogram}
            onPick={(bucket) => onFilter({ minScore: bucket.from, maxScore: bucket.to, sort: 'score' })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Warnings by kind ({summary.pairsWithWarnings.toLocaleString()} pairs with a warning)
            </Text>
            <WarningsByKind summary={summary} onFilter={onFilter} />
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
