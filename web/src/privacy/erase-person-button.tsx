import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import IconTrash from '~icons/tabler/trash';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErasureSummarySchema, type Person } from '../../../shared/schemas/index.ts';
import { describeError } from '../api/api-error.ts';
import { requestJson } from '../api/client.ts';

/** An org admin erases a person after reading what it does (DELETE /people/{id}). */
export function ErasePersonButton({ person }: { person: Person }) {
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const erase = useMutation({
    mutationFn: () => requestJson(`/people/${person.id}`, ErasureSummarySchema, { method: 'DELETE' }),
    onSuccess: async (summary) => {
      close();
      notifications.show({
        color: 'teal',
        title: 'Person erased',
        message: `${person.displayName}’s private content is gone; ${summary.relationshipsClosed} relationship(s) closed.`,
      });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });

  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={open}
        aria-label={`Erase ${person.displayName}`}
      >
        Erase
      </Button>
      <Modal opened={opened} onClose={close} title={`Erase ${person.displayName}?`} centered>
        <Stack gap="sm">
          <Text size="sm">This cannot be undone. At once:</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              their private notes, learning log, network, development plan, profile, survey answers, sessions and email are deleted;
            </List.Item>
            <List.Item>
              what they shared (notes, comments, agreements, meetings, goals) stays for their partners, shown as “A former participant”;
            </List.Item>
            <List.Item>their relationships close and their places in programs are freed;</List.Item>
            <List.Item>the erasure is recorded in the audit log.</List.Item>
          </List>
          {erase.isError ? (
            <Alert color="red" role="alert">
              {describeError(erase.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={erase.isPending} onClick={() => erase.mutate()}>
              Erase {person.displayName}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
