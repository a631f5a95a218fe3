import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import IconBulb from '~icons/tabler/bulb';
import IconFlag from '~icons/tabler/flag';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { relationshipStageLabels, relationshipStages, type RelationshipStage } from '../../../../shared/enums.ts';
import { limits } from '../../../../shared/limits.ts';
import type { RelationshipDetail, StageSuggestion } from '../../../../shared/schemas/index.ts';
import { changeStage, fetchStageHistory, fetchStageSignals, stageHistoryQueryKey, stageSignalsQueryKey } from '../../api/stages.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';
import { formatDate } from '../../layout/format.ts';
import { ErrorState } from '../../layout/query-state.tsx';

/** Asks for the note that goes with a change of stage, then moves. */
function MoveStageModal({
  relationshipId,
  target,
  onClose,
}: {
  relationshipId: string;
  target: RelationshipStage | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const move = useMutation({
    mutationFn: (stage: RelationshipStage) => changeStage(relationshipId, stage, note),
    onSuccess: async ({ stage }) => {
      notifications.show({ color: 'teal', title: 'Stage changed', message: `You are now in ${relationshipStageLabels[stage]}.` });
      setNote('');
      onClose();
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
    },
  });
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? `Move to ${relationshipStageLabels[target]}` : ''}>
      <Stack>
        <Textarea
          label="Why now? (shared with your partner)"
          autosize
          minRows={2}
          maxLength={limits.stageNoteMax}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {move.error ? <Alert color="red">{move.error.message}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={move.isPending} onClick={() => target && move.mutate(target)}>
            Move stage
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SuggestionAlert({
  suggestion,
  canMove,
  onMove,
}: {
  suggestion: StageSuggestion;
  canMove: boolean;
  onMove: (stage: RelationshipStage) => void;
}) {
  const risk = suggestion.kind === 'at_risk';
  return (
    <Alert
      color={risk ? 'orange' : 'blue'}
      icon={risk ? <IconAlertTriangle aria-hidden /> : <IconBulb aria-hidden />}
      title={risk ? 'At risk' : 'Suggestion'}
    >
      <Group justify="space-between" wrap="nowrap" align="center">
        <Text size="sm">{suggestion.explanation}</Text>
        {canMove && suggestion.toStage ? (
          <Button size="xs" variant="light" onClick={() => suggestion.toStage && onMove(suggestion.toStage)}>
            Move to {relationshipStageLabels[suggestion.toStage]}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}

/**
 * The stage panel: the signals' suggestions (each with its explanation and, for the pair, a button
 * to move), a free choice of stage, and the history of changes.
 */
export function StagePanel({ relationship }: { relationship: RelationshipDetail }) {
  const [target, setTarget] = useState<RelationshipStage | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const signals = useQuery({ queryKey: stageSignalsQueryKey(relationship.id), queryFn: () => fetchStageSignals(relationship.id) });
  const history = useQuery({ queryKey: stageHistoryQueryKey(relationship.id), queryFn: () => fetchStageHistory(relationship.id) });
  const canMove = relationship.viewerRole !== 'coordinator' && relationship.status === 'active';
  const suggestions = signals.data?.suggestions ?? [];
  const others = relationshipStages.filter((s) => s !== relationship.stage).map((s) => ({ value: s, label: relationshipStageLabels[s] }));

  return (
    <Stack component="section" aria-labelledby="stage-heading" gap="sm">
      <Title order={2} id="stage-heading">
        Stage
      </Title>
      {signals.isError ? (
        <ErrorState title="Could not load the signals" error={signals.error} onRetry={() => void signals.refetch()} />
      ) : null}
      {suggestions.map((s) => (
        <SuggestionAlert key={s.kind} suggestion={s} canMove={canMove} onMove={setTarget} />
      ))}
      {signals.isSuccess && suggestions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {relationship.status === 'closed'
            ? 'This relationship has closed: no more signals.'
            : 'No signals right now: you are where your work says you are.'}
        </Text>
      ) : null}
      {canMove ? (
        <Group align="flex-end">
          <Select label="Set the stage yourselves" placeholder="Choose a stage" data={others} value={chosen} onChange={setChosen} w={260} />
          <Button variant="default" disabled={!chosen} onClick={() => setTarget(chosen as RelationshipStage)}>
            Move…
          </Button>
        </Group>
      ) : null}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="sm">
          Stage history
        </Title>
        <Timeline active={(history.data?.changes.length ?? 1) - 1} bulletSize={20} lineWidth={2} aria-label="Stage history">
          {(history.data?.changes ?? []).map((change) => (
            <Timeline.Item key={change.id} bullet={<IconFlag size={12} aria-hidden />} title={relationshipStageLabels[change.toStage]}>
              <Text size="xs" c="dimmed">
                {formatDate(change.changedAt)} · {change.changedBy.name}
              </Text>
              {change.note ? <Text size="sm">{change.note}</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
      <MoveStageModal relationshipId={relationship.id} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
