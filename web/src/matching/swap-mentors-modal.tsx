import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MatchingProposal } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { createOverride, fetchProposalPage, overridesQueryKey, runProposalsQueryKey, type ProposalFilters } from '../api/matching.api.ts';
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

/** Pairs offered at a time: the coordinator searches for the one they mean. */
const candidateCount = 20;

/** The run's unlocked pairs matching a search, a page of them (never the whole run). */
function useSwapCandidates(programId: string, q: string) {
  const { run } = useCurrentRunQuery(programId);
  const runId = run?.id ?? '';
  const filters: ProposalFilters = { locked: 'false', sort: 'mentee', ...(q === '' ? {} : { q }) };
  return useQuery({
    queryKey: runProposalsQueryKey(runId, filters, candidateCount),
    queryFn: () => fetchProposalPage(runId, filters, candidateCount),
    enabled: runId !== '',
    placeholderData: keepPreviousData,
  });
}

/** Picks another proposed pair to trade mentors with: two locks, then the coordinator re-runs. */
export function SwapMentorsModal({ programId, proposal, onClose }: SwapMentorsModalProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const candidates = useSwapCandidates(programId, q);
  const [chosen, setChosen] = useState<MatchingProposal | null>(null);
  const swap = useSwapMentors(programId, onClose);
  const keyOf = (p: MatchingProposal) => `${p.menteeId}:${p.mentorId}`;
  const others = (candidates.data?.items ?? []).filter((p) => p.menteeId !== proposal.menteeId && p.mentorId !== proposal.mentorId);
  const other = chosen;

  return (
    <Modal opened onClose={onClose} title={`Swap ${proposal.mentorName} with another pair’s mentor`}>
      <Stack gap="md">
        <Text size="sm">
          {proposal.menteeName} gets the other pair’s mentor, and that pair’s mentee gets {proposal.mentorName}. Both new pairs are locked
          for the next run.
        </Text>
        <TextInput
          label="Find the other pair"
          description="Search by the mentee’s or the mentor’s name"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-autofocus
        />
        {candidates.isPending ? (
          <Text size="sm" c="dimmed">
            Loading pairs…
          </Text>
        ) : others.length === 0 ? (
          <Text size="sm" c="dimmed">
            {q === '' ? 'No other unlocked pair to swap with.' : 'No unlocked pair matches this name.'}
          </Text>
        ) : (
          <Radio.Group
            label={candidates.data?.nextCursor ? `Swap with (the first ${candidateCount}; search to find others)` : 'Swap with'}
            value={other ? keyOf(other) : null}
            onChange={(key) => setChosen(others.find((p) => keyOf(p) === key) ?? null)}
          >
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
