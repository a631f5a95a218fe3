import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { applicationDecisions } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { decideApplications, type ApplicationDecision, type BulkDecisionResult } from '../api/applications.api.ts';
import { applicationDecisionLabels } from './application-labels.ts';

const decisionOptions = applicationDecisions.map((decision) => ({ value: decision, label: applicationDecisionLabels[decision] }));

function isDecision(value: string | null): value is ApplicationDecision {
  return applicationDecisions.some((decision) => decision === value);
}

interface BulkDecisionBarProps {
  programId: string;
  selectedIds: string[];
  onDone: (result: BulkDecisionResult) => void;
}

/** One decision (with an optional reason) applied to every selected application; each row reports its own result. */
export function BulkDecisionBar({ programId, selectedIds, onDone }: BulkDecisionBarProps) {
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<ApplicationDecision | null>(null);
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: (chosen: ApplicationDecision) => decideApplications(programId, { applicationIds: selectedIds, decision: chosen, reason }),
    onSuccess: async (result) => {
      const failed = result.results.filter((row) => !row.ok).length;
      notifications.show({
        color: failed === 0 ? 'teal' : 'yellow',
        title: 'Bulk decision applied',
        message: `${result.results.length - failed} changed, ${failed} not changed.`,
      });
      onDone(result);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Bulk decision failed', message: describeError(error) }),
  });

  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-label="Bulk actions">
      <Group align="flex-end" gap="sm">
        <Text size="sm" fw={600} aria-live="polite" pb={8}>
          {selectedIds.length} selected
        </Text>
        <Select
          label="Bulk decision"
          placeholder="Choose a decision"
          data={decisionOptions}
          value={decision}
          onChange={(value) => setDecision(isDecision(value) ? value : null)}
          w={220}
        />
        <TextInput
          label="Reason for all"
          value={reason}
          maxLength={1000}
          onChange={(event) => setReason(event.currentTarget.value)}
          w={260}
        />
        <Button
          disabled={selectedIds.length === 0 || decision === null}
          loading={mutation.isPending}
          onClick={() => {
            if (decision) mutation.mutate(decision);
          }}
        >
          Apply to selected
        </Button>
      </Group>
    </Paper>
  );
}
