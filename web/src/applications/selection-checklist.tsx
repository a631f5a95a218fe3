import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Application } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { applicationQueryKey, saveSelectionChecklist } from '../api/applications.api.ts';

interface SelectionChecklistProps {
  application: Application;
  criteria: string[];
}

/** The program's selection criteria as a checklist; each change is saved at once. */
export function SelectionChecklist({ application, criteria }: SelectionChecklistProps) {
  const queryClient = useQueryClient();
  const checklist = application.selectionChecklist ?? {};
  const mutation = useMutation({
    mutationFn: (next: Record<string, boolean>) => saveSelectionChecklist(application.id, next),
    onMutate: (next) => {
      queryClient.setQueryData<Application>(applicationQueryKey(application.id), (current) =>
        current ? { ...current, selectionChecklist: next } : current,
      );
    },
    onSuccess: (saved) => queryClient.setQueryData(applicationQueryKey(application.id), saved),
    onError: async (error) => {
      notifications.show({ color: 'red', title: 'The checklist was not saved', message: describeError(error) });
      await queryClient.invalidateQueries({ queryKey: applicationQueryKey(application.id) });
    },
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="selection-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="selection-heading">
          Selection checklist
        </Title>
        {criteria.length === 0 ? (
          <Text size="sm" c="dimmed">
            The program has no selection criteria. Add them when editing the program.
          </Text>
        ) : (
          criteria.map((criterion) => (
            <Checkbox
              key={criterion}
              label={criterion}
              checked={checklist[criterion] ?? false}
              onChange={(event) => mutation.mutate({ ...checklist, [criterion]: event.currentTarget.checked })}
            />
          ))
        )}
        <Text size="xs" c="dimmed" aria-live="polite">
          {mutation.isPending ? 'Saving…' : 'Changes are saved as you tick.'}
        </Text>
      </Stack>
    </Paper>
  );
}
