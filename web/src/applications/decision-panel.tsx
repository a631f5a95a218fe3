import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { nextApplicationStatus } from '../../../shared/application-moves.ts';
import { applicationDecisions, type Application } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { applicationQueryKey, decideApplication, type ApplicationDecision } from '../api/applications.api.ts';
import { applicationDecisionLabels, applicationStatusLabels } from './application-labels.ts';

const decisionColors: Record<ApplicationDecision, string> = {
  interview: 'violet',
  accept: 'teal',
  waitlist: 'yellow',
  decline: 'red',
  reinvite: 'gray',
};

/** Coordinators decide on the application, optionally giving a reason that goes into its history. */
export function DecisionPanel({ application }: { application: Application }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: (decision: ApplicationDecision) => decideApplication(application.id, { decision, reason: reason.trim() }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(applicationQueryKey(saved.id), saved);
      setReason('');
      notifications.show({
        color: 'teal',
        title: 'Decision saved',
        message: `The application is now ${applicationStatusLabels[saved.status].toLowerCase()}.`,
      });
      await queryClient.invalidateQueries({ queryKey: ['applications', 'program'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The decision was not saved', message: describeError(error) }),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="decision-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="decision-heading">
          Decision
        </Title>
        <Text size="sm" c="dimmed">
          The applicant sees the new status and the reason in the application’s history.
        </Text>
        <Textarea
          label="Reason"
          description="Optional"
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group gap="sm">
          {applicationDecisions.map((decision) => (
            <Button
              key={decision}
              color={decisionColors[decision]}
              variant={decision === 'accept' ? 'filled' : 'light'}
              disabled={
                nextApplicationStatus(application.status, decision) === null || (mutation.isPending && mutation.variables !== decision)
              }
              loading={mutation.isPending && mutation.variables === decision}
              onClick={() => mutation.mutate(decision)}
            >
              {applicationDecisionLabels[decision]}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
