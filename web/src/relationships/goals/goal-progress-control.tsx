import { Button, Group, NumberInput, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { updateGoalProgress, type Goal } from '../../api/goals.api.ts';
import { useGoalChange } from './use-goals.ts';

/** The goal's progress bar and, while it is active, a field to record new progress. */
export function GoalProgressControl({ relationshipId, goal, editable }: { relationshipId: string; goal: Goal; editable: boolean }) {
  const [value, setValue] = useState<number>(goal.progress);
  const save = useGoalChange(
    relationshipId,
    (progress: number) => updateGoalProgress(relationshipId, goal.id, { progress }),
    (saved) => `Progress saved: ${saved.progress}%`,
  );
  const color = goal.status === 'met' ? 'teal' : goal.status === 'dropped' ? 'gray' : goal.progress > 70 ? 'teal' : 'indigo';
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Progress
        </Text>
        <Text size="sm" fw={600} c={color}>
          {goal.progress}%
        </Text>
      </Group>
      <Progress value={goal.progress} color={color} size="lg" radius="xl" aria-label={`Progress of ${goal.specific}`} />
      {editable && goal.status === 'active' ? (
        <Group gap="xs" align="flex-end">
          <NumberInput
            size="xs"
            w={130}
            label="New progress, %"
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            value={value}
            onChange={(next) => setValue(typeof next === 'number' ? next : 0)}
          />
          <Button size="xs" variant="light" onClick={() => save.mutate(value)} loading={save.isPending} disabled={value === goal.progress}>
            Save progress
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
