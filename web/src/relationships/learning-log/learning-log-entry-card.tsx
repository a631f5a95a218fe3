import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import IconLock from '~icons/tabler/lock';
import IconUsers from '~icons/tabler/users';
import { useState } from 'react';
import { deleteLearningLogEntry, updateLearningLogEntry, type LearningLogEntry } from '../../api/learning-log.api.ts';
import { formatDate } from '../../layout/format.ts';
import { AudienceSwitch } from './audience-switch.tsx';
import { LearningLogForm, type LearningLogFormValues } from './learning-log-form.tsx';
import { useLearningLogChange } from './use-learning-log.ts';

const parts = [
  ['tried', 'What I tried'],
  ['happened', 'What happened'],
  ['learned', 'What I learned'],
] as const;

type Props = { relationshipId: string; entry: LearningLogEntry; partnerName: string; editable: boolean };

/** One entry: who wrote it and who can read it; its author edits, deletes or changes who sees it. */
export function LearningLogEntryCard({ relationshipId, entry, partnerName, editable }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useLearningLogChange(
    relationshipId,
    (values: Partial<LearningLogFormValues>) => updateLearningLogEntry(relationshipId, entry.id, values),
    undefined,
    { errorsInForm: editing },
  );
  const remove = useLearningLogChange(relationshipId, () => deleteLearningLogEntry(relationshipId, entry.id), 'Entry deleted');
  const canChange = entry.mine && editable;
  const audience = entry.mine ? (entry.shared ? `Shared with ${partnerName}` : 'Private: only you') : `Shared by ${partnerName}`;
  if (editing) {
    return (
      <Paper withBorder p="md">
        <LearningLogForm
          initialValues={{ tried: entry.tried, happened: entry.happened, learned: entry.learned, shared: entry.shared }}
          partnerName={partnerName}
          submitLabel="Save entry"
          pending={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(values, showError) => update.mutate(values, { onSuccess: () => setEditing(false), onError: showError })}
        />
      </Paper>
    );
  }
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`Learning-log entry: ${entry.tried}`}
      bg={entry.mine && !entry.shared ? 'gray.0' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {entry.mine ? 'You' : partnerName}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDate(entry.createdAt)}
            </Text>
          </Group>
          <Badge
            variant="light"
            color={entry.shared ? 'indigo' : 'gray'}
            leftSection={entry.shared ? <IconUsers size={12} aria-hidden /> : <IconLock size={12} aria-hidden />}
          >
            {audience}
          </Badge>
        </Group>
        {parts.map(([key, label]) =>
          entry[key] ? (
            <Stack key={key} gap={0}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {label}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry[key]}
              </Text>
            </Stack>
          ) : null,
        )}
        {canChange ? (
          <Group justify="space-between" align="flex-end">
            <AudienceSwitch
              shared={entry.shared}
              partnerName={partnerName}
              disabled={update.isPending}
              onChange={(shared) => update.mutate({ shared })}
            />
            <Group gap="xs">
              <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
                Delete
              </Button>
            </Group>
          </Group>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={<Text fw={650}>Delete this entry?</Text>}>
        <Stack gap="md">
          <Text size="sm">It is removed for good{entry.shared ? `, for you and ${partnerName}` : ''}.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
