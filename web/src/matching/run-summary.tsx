import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import IconCertificate from '~icons/tabler/certificate';
import type { MatchingRun } from '../../../shared/schemas/index.ts';
import { formatScore, modeLabels, policyLabels } from './matching-labels.ts';

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

/** The run's headline figures: how many were matched, how good the pairs are, and what to watch. */
export function RunSummary({ run, summary }: { run: MatchingRun; summary: Summary }) {
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
        <SimpleGrid component="dl" cols={{ base: 2, sm: stable ? 6 : 4 }} spacing="md" m={0}>
          <Figure
            label="Matched"
            value={matchedPercent(summary)}
            note={`${summary.matchedSlots} of ${summary.menteeSlots} mentee places`}
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
      </Stack>
    </Paper>
  );
}
