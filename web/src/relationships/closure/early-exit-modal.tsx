import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import { exitEarly } from '../../api/closure.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';

/** The no-fault early exit: the reason goes to the coordinators only; a mentee may ask for a rematch. */
export function EarlyExitModal({
  relationshipId,
  asMentee,
  opened,
  onClose,
}: {
  relationshipId: string;
  asMentee: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [rematch, setRematch] = useState(false);
  const exit = useMutation({
    mutationFn: () => exitEarly(relationshipId, { reason, rematch }),
    onSuccess: async () => {
      onClose();
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title="End this relationship early">
      <Stack>
        <Text size="sm">No fault, no blame: sometimes a pairing does not work. It ends now; your partner sees only that it ended.</Text>
        <Textarea
          label="Reason (seen by the program’s coordinators only)"
          required
          autosize
          minRows={2}
          maxLength={limits.closureReasonMax}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {asMentee ? (
          <Checkbox
            label="Ask the coordinator for a new mentor (your intake answers are kept)"
            checked={rematch}
            onChange={(e) => setRematch(e.currentTarget.checked)}
          />
        ) : null}
        {exit.error ? <Alert color="red">{exit.error.message}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep going
          </Button>
          <Button color="red" loading={exit.isPending} disabled={!reason.trim()} onClick={() => exit.mutate()}>
            End the relationship
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
