import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import IconSend from '~icons/tabler/send';
import { useState } from 'react';
import type { MatchingRun } from '../../../shared/schemas/index.ts';
import type { PublishResult } from '../api/matching.api.ts';
import { pluralize } from '../layout/format.ts';
import { usePublishRun } from './use-matching-mutations.ts';

/** Publishes a proposed run after a confirmation; participants only see their matches after this. */
export function PublishButton({ programId, run }: { programId: string; run: MatchingRun }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [published, setPublished] = useState<{ runId: string; result: PublishResult } | null>(null);
  const publish = usePublishRun(programId, (result) => {
    setPublished({ runId: run.id, result });
    close();
  });
  const result = published?.runId === run.id ? published.result : null;
  const count = run.summary?.proposalCount ?? 0;
  const canPublish = run.status === 'proposed' && result === null && count > 0;

  return (
    <Stack gap="sm">
      <Group>
        <Button color="indigo" onClick={open} disabled={!canPublish} leftSection={<IconSend size={16} aria-hidden />}>
          Publish matches
        </Button>
        {run.status === 'published' && result === null ? (
          <Text size="sm" c="dimmed">
            This run is published.
          </Text>
        ) : null}
      </Group>
      {result ? (
        <Alert color="teal" title="Matches published" role="status">
          {pluralize(result.relationshipsCreated, 'relationship')} created. Participants can now see their matches.
        </Alert>
      ) : null}
      <Modal opened={opened} onClose={close} title="Publish matches?" centered>
        <Stack>
          <Text size="sm">Publishing creates {pluralize(count, 'relationship')}; participants see their matches only after this.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="indigo" loading={publish.isPending} onClick={() => publish.mutate(run.id, { onError: close })}>
              Publish
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
