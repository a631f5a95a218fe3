import { Badge, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchOutboxMessage } from '../api/outbox.api.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { kindLabel, outboxStatusColors, outboxStatusLabels } from './outbox-labels.ts';

/** One message of the Outbox opened: its headers and plain text (React escapes it; nothing is rendered as HTML). */
export function OutboxMessageModal({ messageId, onClose }: { messageId: string | null; onClose: () => void }) {
  const message = useQuery({
    queryKey: ['outbox-message', messageId],
    queryFn: () => fetchOutboxMessage(messageId ?? ''),
    enabled: messageId !== null,
  });
  return (
    <Modal opened={messageId !== null} onClose={onClose} title={message.data?.subject ?? 'Message'} size="lg">
      {message.isPending ? <PageLoader label="Opening the message" /> : null}
      {message.isError ? <ErrorState error={message.error} onRetry={message.refetch} /> : null}
      {message.data ? (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={outboxStatusColors[message.data.status]} variant="light">
              {outboxStatusLabels[message.data.status]}
            </Badge>
            <Text size="sm" c="dimmed">
              {kindLabel(message.data.kind)}
              {message.data.hasCalendar ? ' · with a calendar invitation' : ''}
            </Text>
          </Group>
          <Text size="sm">
            To {message.data.recipientName} &lt;{message.data.recipientAddress}&gt;
          </Text>
          {message.data.lastError ? (
            <Text size="sm" c="red">
              Last error: {message.data.lastError}
            </Text>
          ) : null}
          <ScrollArea.Autosize mah={420}>
            <Text component="pre" size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.data.text}
            </Text>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}
    </Modal>
  );
}
