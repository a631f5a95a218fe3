import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconSend from '~icons/tabler/send';
import type { MatchingRun } from '../../../shared/schemas/index.ts';
import { formatDate } from '../layout/format.ts';
import { Figure } from '../matching/run-summary.tsx';
import { CircleCard } from './circle-card.tsx';
import { circleUnplacedLabels, formatAffinity } from './circle-labels.ts';
import { CirclesPicture } from './circles-picture.tsx';
import { RunCirclePages } from './run-circle-pages.tsx';
import { usePublishCircles } from './use-publish-circles.ts';

/** A group run: circles formed, people placed, mean affinity, who was left out and why, the picture, the cards, and publishing. */
export function CirclesRunResult({ programId, run }: { programId: string; run: MatchingRun }) {
  const publish = usePublishCircles(programId);
  if (run.status === 'failed') {
    return (
      <Alert color="red" title="Matching failed" role="alert">
        {run.error ?? 'The run stopped before it formed circles.'} Check the settings and run matching again.
      </Alert>
    );
  }
  const summary = run.summary?.circles;
  const unplaced = summary?.unplaced ?? [];
  return (
    <Stack component="section" aria-labelledby="circles-result-heading" gap="md">
      <Stack gap={0}>
        <Group gap="xs">
          <Title order={2} size="h3" id="circles-result-heading">
            Proposed circles
          </Title>
          {run.status === 'published' ? <Badge color="indigo">Published</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          Run of {formatDate(run.finishedAt ?? run.createdAt)}. Participants see nothing until you publish.
        </Text>
      </Stack>
      {summary ? (
        <Paper withBorder p="md" bg="gray.0">
          <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="md" m={0}>
            <Figure label="Circles" value={String(summary.circleCount)} />
            <Figure
              label="People placed"
              value={`${Math.round(summary.placedPercent)}%`}
              note={`${summary.peoplePlaced} of ${summary.peopleTotal}`}
            />
            <Figure label="Mean affinity" value={formatAffinity(summary.meanAffinity)} note="Mentees’ fit with mentors and peers" />
            <Figure label="Left out" value={String(unplaced.length)} />
          </SimpleGrid>
        </Paper>
      ) : null}
      {run.circles.length > 0 ? (
        <>
          <CirclesPicture circles={run.circles} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {run.circles.map((circle) => (
              <CircleCard key={circle.id} circle={circle} />
            ))}
          </SimpleGrid>
        </>
      ) : (summary?.circleCount ?? 0) > 0 ? (
        <RunCirclePages runId={run.id} total={summary?.circleCount ?? 0} />
      ) : (
        <Text size="sm" c="dimmed">
          This run formed no circles.
        </Text>
      )}
      <Stack component="section" aria-labelledby="unplaced-heading" gap="xs">
        <Title order={3} size="h4" id="unplaced-heading">
          Not in a circle
        </Title>
        {unplaced.length === 0 ? (
          <Text size="sm" c="dimmed">
            Everyone has a circle.
          </Text>
        ) : (
          <List spacing={4} size="sm" aria-label="People not in a circle">
            {unplaced.map((entry) => (
              <List.Item key={entry.personId}>
                <Text span fw={600}>
                  {entry.name}
                </Text>{' '}
                ({entry.role}): {circleUnplacedLabels[entry.reason]}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Group>
        <Button
          color="indigo"
          leftSection={<IconSend size={16} aria-hidden />}
          disabled={run.status !== 'proposed' || (summary?.circleCount ?? run.circles.length) === 0}
          loading={publish.isPending}
          onClick={() => publish.mutate(run.id)}
        >
          Publish circles
        </Button>
        {run.status === 'published' ? (
          <Text size="sm" c="dimmed">
            These circles are active; their members see them on the program page.
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
