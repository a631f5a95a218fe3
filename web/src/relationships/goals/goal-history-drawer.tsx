import { Drawer, Paper, Stack, Text, Timeline } from '@mantine/core';
import IconFlag from '~icons/tabler/flag';
import IconPencil from '~icons/tabler/pencil';
import IconProgress from '~icons/tabler/progress';
import IconSparkles from '~icons/tabler/sparkles';
import type { Goal, GoalRevision, RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { formatDate } from '../../layout/format.ts';
import { ErrorState, PageLoader } from '../../layout/query-state.tsx';
import { nameOfPairMember, smartFields } from './goal-labels.ts';
import { useGoalHistoryQuery } from './use-goals.ts';

const icons = { created: IconSparkles, progress: IconProgress, refined: IconPencil, status: IconFlag } as const;

function describe(revision: GoalRevision): string {
  if (revision.kind === 'created') return 'Goal added';
  if (revision.kind === 'progress') return `Progress set to ${revision.progress}%`;
  if (revision.kind === 'refined') return 'Wording refined';
  // A status change's note starts with what it was marked ("Marked met: …").
  return revision.note;
}

/** The wording a refinement replaced, letter by letter. */
function PreviousWording({ wording }: { wording: NonNullable<GoalRevision['previousWording']> }) {
  return (
    <Paper withBorder p="xs" mt={4} bg="gray.0">
      <Text size="xs" fw={600} c="dimmed" mb={4}>
        Before this change
      </Text>
      <Stack gap={2}>
        {smartFields.map(({ field, letter, label }) => (
          <Text key={field} size="xs">
            <Text span fw={600} size="xs">
              {letter} · {label}:{' '}
            </Text>
            {field === 'dueOn' ? formatDate(wording.dueOn) : wording[field] || '—'}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

/** A goal's history, oldest first: every progress update, refinement (with the old wording) and status change. */
export function GoalHistoryDrawer({
  relationship,
  goal,
  opened,
  onClose,
}: {
  relationship: RelationshipDetail;
  goal: Goal;
  opened: boolean;
  onClose: () => void;
}) {
  const query = useGoalHistoryQuery(relationship.id, goal.id, opened);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={<Text fw={650}>History of “{goal.specific}”</Text>}>
      {query.isPending ? <PageLoader label="Loading the history" /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Timeline active={query.data.length - 1} bulletSize={26} lineWidth={2} aria-label="Goal history">
          {query.data.map((revision) => {
            const Icon = icons[revision.kind];
            return (
              <Timeline.Item key={revision.id} bullet={<Icon size={14} aria-hidden />} title={describe(revision)}>
                <Text size="xs" c="dimmed">
                  {nameOfPairMember(relationship, revision.changedById)} · {formatDate(revision.changedAt)}
                </Text>
                {revision.note && revision.kind !== 'status' ? (
                  <Text size="sm" mt={2}>
                    “{revision.note}”
                  </Text>
                ) : null}
                {revision.previousWording ? <PreviousWording wording={revision.previousWording} /> : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      ) : null}
    </Drawer>
  );
}
