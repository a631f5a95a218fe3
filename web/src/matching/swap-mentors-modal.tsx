import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MatchingProposal } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { createOverride, overridesQueryKey } from '../api/matching.api.ts';
import { useCurrentRunQuery } from './use-matching-queries.ts';

interface SwapMentorsModalProps {
  programId: string;
  proposal: MatchingProposal;
  onClose: () => void;
}

/** Locks the two pairs the swap makes, so the next run keeps them. */
function useSwapMentors(programId: string, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ first, second }: { first: MatchingProposal; second: MatchingProposal }) => {
      await createOverride(programId, { kind: 'lock', menteeId: first.menteeId, mentorId: second.mentorId });
      await createOverride(programId, { kind: 'lock', menteeId: second.menteeId, mentorId: first.mentorId });
    },
    onSuccess: async (_, { first, second }) => {
      notifications.show({
        color: 'teal',
        title: 'Swap locked',
        message: `${first.menteeName} with ${second.mentorName}, ${second.menteeName} with ${first.mentorName}. Re-run matching to apply it.`,
      });
      onDone();
      await queryClient.invalidateQueries({ queryKey: overridesQueryKey(programId) });
    },
    onError: async (error) => {
      notifications.show({ color: 'red', title: 'Could not swap the mentors', message: describeError(error) });
      await queryClient.invalidateQueries({ queryKey: overridesQueryKey(programId) });
    },
  });
}

/** Picks another proposed pair to trade mentors with: two locks, then the coordinator re-runs. */
export function SwapMentorsModal({ programId, proposal, onClose }: SwapMentorsModalProps) {
  const { run } = useCurrentRunQuery(programId);
  const [otherKey, setOtherKey] = useState<string | null>(null);
  const swap = useSwapMentors(programId, onClose);
  const keyOf = (p: MatchingProposal) => `${p.menteeId}:${p.mentorId}`;
  const others = (run?.proposals ?? []).filter((p) => !p.locked && p.menteeId !== proposal.menteeId && p.mentorId !== proposal.mentorId);
  const other = others.find((p) => keyOf(p) === otherKey);

  return (
    <Modal opened onClose={onClose} title={`Swap ${proposal.mentorName} with another pair’s mentor`}>
      <Stack gap="md">
        <Text size="sm">
          {proposal.menteeName} gets the other pair’s mentor, and that pair’s mentee gets {proposal.mentorName}. Both new pairs are locked
          for the next run.
        </Text>
        {others.length === 0 ? (
          <Text size="sm" c="dimmed">
            No other unlocked pair to swap with.
          </Text>
        ) : (
          <Radio.Group label="Swap with" value={otherKey} onChange={setOtherKey}>
            <Stack gap={6} mt="xs">
              {others.map((p) => (
                <Radio key={keyOf(p)} value={keyOf(p)} label={`${p.menteeName} with ${p.mentorName}`} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!other} loading={swap.isPending} onClick={() => other && swap.mutate({ first: proposal, second: other })}>
            Swap mentors
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
