import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { GoalSummary } from '../../../../shared/schemas/index.ts';
import { formatDate } from '../../layout/format.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={650}>
        {value}
      </Text>
    </Stack>
  );
}

/** What coordinators see of the goals: counts and progress, never the wording. */
export function GoalSummaryCard({ summary }: { summary: GoalSummary }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label="Goals" value={String(summary.count)} />
          <Figure label="Met" value={String(summary.met)} />
          <Figure label="Past 70%" value={`${Math.round(summary.shareAbove70 * 100)}%`} />
          <Figure label="Next due" value={formatDate(summary.dueDates[0])} />
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="sm">Average progress</Text>
          <Text size="sm" fw={600}>
            {Math.round(summary.averageProgress)}%
          </Text>
        </Group>
        <Progress value={summary.averageProgress} aria-label="Average progress of the goals" />
        <Text size="xs" c="dimmed">
          The goals’ wording belongs to the pair; the program sees only these figures.
        </Text>
      </Stack>
    </Paper>
  );
}
