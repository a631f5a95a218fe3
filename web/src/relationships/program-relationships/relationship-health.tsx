import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { ProgramRelationship } from '../../../../shared/schemas/program-relationships.ts';

/** How a relationship is doing: how it ended, at risk, a stage signal, or on track. */
export function RelationshipHealth({ row }: { row: ProgramRelationship }) {
  if (row.status === 'closed') {
    const early = row.closure?.kind === 'early_exit';
    const reason = row.closure?.earlyExitReason;
    return (
      <Tooltip label={reason ?? 'Closed together'} disabled={!early || !reason} multiline w={280}>
        <Group gap={4}>
          <Badge color={early ? 'orange' : 'gray'} variant="light">
            {early ? 'Ended early' : 'Closed'}
          </Badge>
          {row.closure?.rematchRequested ? (
            <Badge color="grape" variant="light">
              Rematch
            </Badge>
          ) : null}
        </Group>
      </Tooltip>
    );
  }
  if (row.atRisk) return <Badge color="orange">At risk</Badge>;
  const hint = row.suggestions.find((s) => s.kind !== 'at_risk');
  return hint ? (
    <Tooltip label={hint.explanation} multiline w={280}>
      <Badge color="blue" variant="light">
        Signal
      </Badge>
    </Tooltip>
  ) : (
    <Badge color="teal" variant="light">
      On track
    </Badge>
  );
}

/** The goals' average progress as a bar, with how many are met. */
export function GoalProgress({ goals }: { goals: ProgramRelationship['goals'] }) {
  if (goals.count === 0)
    return (
      <Text size="sm" c="dimmed">
        No goals
      </Text>
    );
  const average = goals.averageProgress ?? 0;
  return (
    <Stack gap={2}>
      <Progress value={average} size="sm" aria-label={`Average goal progress ${average}%`} />
      <Text size="xs" c="dimmed">
        {goals.met} of {goals.count} met · {average}%
      </Text>
    </Stack>
  );
}
