import { ActionIcon, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import IconPlus from '~icons/tabler/plus';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import { addMilestone, tickMilestone, type Goal } from '../../api/goals.api.ts';
import { formatDate } from '../../layout/format.ts';
import { useGoalChange } from './use-goals.ts';

/** A goal's milestones as a checklist (either side ticks or unticks), and a field to add one. */
export function GoalMilestones({ relationshipId, goal, editable }: { relationshipId: string; goal: Goal; editable: boolean }) {
  const [title, setTitle] = useState('');
  const tick = useGoalChange(relationshipId, ({ milestoneId, done }: { milestoneId: string; done: boolean }) =>
    tickMilestone(relationshipId, goal.id, milestoneId, done),
  );
  const add = useGoalChange(relationshipId, (newTitle: string) => addMilestone(relationshipId, goal.id, { title: newTitle, dueOn: null }));
  const done = goal.milestones.filter((m) => m.doneAt).length;
  const submit = () => {
    if (title.trim() === '') return;
    add.mutate(title.trim(), { onSuccess: () => setTitle('') });
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        Milestones {goal.milestones.length > 0 ? `(${done} of ${goal.milestones.length} done)` : ''}
      </Text>
      {goal.milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          No milestones yet. Break the goal into steps you can tick off between meetings.
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Milestones of ${goal.specific}`}>
          {goal.milestones.map((m) => (
            <li key={m.id}>
              <Checkbox
                label={m.dueOn ? `${m.title} (by ${formatDate(m.dueOn)})` : m.title}
                checked={m.doneAt !== null}
                disabled={!editable || tick.isPending}
                onChange={(event) => tick.mutate({ milestoneId: m.id, done: event.currentTarget.checked })}
                styles={{ label: m.doneAt ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined }}
              />
            </li>
          ))}
        </Stack>
      )}
      {editable && goal.status === 'active' && goal.milestones.length < limits.goalMilestonesMax ? (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            flex={1}
            aria-label="New milestone"
            placeholder="Add a milestone, e.g. “Shadow one review”"
            value={title}
            maxLength={limits.shortTextMax}
            onChange={(event) => setTitle(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                submit();
              }
            }}
          />
          <ActionIcon variant="light" aria-label="Add milestone" onClick={submit} loading={add.isPending} disabled={title.trim() === ''}>
            <IconPlus size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ) : null}
    </Stack>
  );
}
