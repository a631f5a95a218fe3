import { Alert, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import IconCheck from '~icons/tabler/check';
import IconDots from '~icons/tabler/dots';
import IconHistory from '~icons/tabler/history';
import IconPencil from '~icons/tabler/pencil';
import { useState } from 'react';
import type { GoalStatus, RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { changeGoalStatus, type Goal } from '../../api/goals.api.ts';
import { formatDate } from '../../layout/format.ts';
import { goalStatusColors, goalStatusLabels, smartFields } from './goal-labels.ts';
import { GoalHistoryDrawer } from './goal-history-drawer.tsx';
import { GoalMilestones } from './goal-milestones.tsx';
import { GoalProgressControl } from './goal-progress-control.tsx';
import { useGoalChange } from './use-goals.ts';

const statusActions: Array<{ from: GoalStatus[]; to: GoalStatus; label: string }> = [
  { from: ['active'], to: 'met', label: 'Mark as met' },
  { from: ['active'], to: 'dropped', label: 'Drop this goal' },
  { from: ['met', 'dropped'], to: 'active', label: 'Make active again' },
];

/** The SMART letters a goal misses, each with its hint, and a way to complete them. */
function SmartWarnings({ goal, onFix, editable }: { goal: Goal; onFix: () => void; editable: boolean }) {
  if (goal.smartWarnings.length === 0) return null;
  const letters = goal.smartWarnings.map((w) => w.letter).join(', ');
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`Not yet SMART: ${letters} missing`}>
      <Stack gap={6}>
        <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
          {goal.smartWarnings.map((w) => (
            <Text key={w.field} size="sm" component="li">
              <Text span fw={600} size="sm">
                {w.letter} · {smartFields.find((f) => f.field === w.field)?.label}:
              </Text>{' '}
              {w.hint}
            </Text>
          ))}
        </Stack>
        {editable ? (
          <Group>
            <Button size="xs" variant="white" color="yellow.9" leftSection={<IconPencil size={14} aria-hidden />} onClick={onFix}>
              Complete the goal
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** One goal: its SMART wording, warnings, progress, milestones, status and history. */
export function GoalCard({
  relationship,
  goal,
  editable,
  onRefine,
}: {
  relationship: RelationshipDetail;
  goal: Goal;
  editable: boolean;
  onRefine: (goal: Goal) => void;
}) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const status = useGoalChange(
    relationship.id,
    (to: GoalStatus) => changeGoalStatus(relationship.id, goal.id, { status: to }),
    (saved) => `Goal ${goalStatusLabels[saved.status].toLowerCase()}`,
  );
  const details = smartFields.filter((f) => f.field !== 'specific' && f.field !== 'dueOn');
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Goal: ${goal.specific}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {goal.specific}
            </Title>
            <Group gap="xs">
              <Badge color={goalStatusColors[goal.status]} variant="light">
                {goalStatusLabels[goal.status]}
              </Badge>
              {goal.smartWarnings.length === 0 ? (
                <Badge color="teal" variant="outline" leftSection={<IconCheck size={12} aria-hidden />}>
                  SMART
                </Badge>
              ) : null}
              <Text size="xs" c="dimmed">
                {goal.dueOn ? `Due ${formatDate(goal.dueOn)}` : 'No due date'}
                {goal.metAt ? ` · met ${formatDate(goal.metAt)}` : ''}
              </Text>
            </Group>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Button size="xs" variant="subtle" leftSection={<IconHistory size={14} aria-hidden />} onClick={() => setHistoryOpen(true)}>
              History
            </Button>
            {editable ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="subtle" px={6} aria-label={`More actions for ${goal.specific}`}>
                    <IconDots size={16} aria-hidden />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {goal.status === 'active' ? (
                    <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onRefine(goal)}>
                      Refine the wording
                    </Menu.Item>
                  ) : null}
                  {statusActions
                    .filter((a) => a.from.includes(goal.status))
                    .map((a) => (
                      <Menu.Item key={a.to} onClick={() => status.mutate(a.to)} disabled={status.isPending}>
                        {a.label}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {details.map(({ field, letter, label }) => (
            <Stack key={field} gap={0}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {letter} · {label}
              </Text>
              <Text size="sm" c={goal[field] ? undefined : 'dimmed'}>
                {goal[field] || 'Not written yet'}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <SmartWarnings goal={goal} editable={editable && goal.status === 'active'} onFix={() => onRefine(goal)} />
        <GoalProgressControl key={`${goal.id}-${goal.progress}`} relationshipId={relationship.id} goal={goal} editable={editable} />
        <GoalMilestones relationshipId={relationship.id} goal={goal} editable={editable} />
      </Stack>
      <GoalHistoryDrawer relationship={relationship} goal={goal} opened={historyOpen} onClose={() => setHistoryOpen(false)} />
    </Paper>
  );
}
