import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { type OutboxMessage, type OutboxStatus, outboxStatuses } from '../../../shared/schemas/email.ts';
import { fetchOutbox, type OutboxFilter, outboxQueryKey } from '../api/outbox.api.ts';
import { isAdmin, useCurrentSession } from '../auth/session-context.ts';
import { DataTable } from '../layout/data-table.tsx';
import { FilterSelect } from '../layout/filter-select.tsx';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { SearchInput } from '../layout/search-input.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { kindLabel, outboxStatusColors, outboxStatusLabels } from './outbox-labels.ts';
import { OutboxMessageModal } from './outbox-message-modal.tsx';

function formatTime(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function OutboxRow({ message, onOpen }: { message: OutboxMessage; onOpen: () => void }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTime(message.createdAt)}</Table.Td>
      <Table.Td>
        <Text size="sm">{message.recipientName}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {message.recipientAddress}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" onClick={onOpen} ta="left">
          {message.subject}
        </Anchor>
      </Table.Td>
      <Table.Td>{kindLabel(message.kind)}</Table.Td>
      <Table.Td>
        <Badge
          color={outboxStatusColors[message.status]}
          variant="light"
          maw={200}
          styles={{
            root: { height: 'auto', textTransform: 'none' },
            label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.4 },
          }}
        >
          {outboxStatusLabels[message.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{message.attempts}</Table.Td>
      <Table.Td>
        <Text size="xs" c={message.lastError ? 'red' : 'dimmed'} lineClamp={2} title={message.lastError ?? undefined}>
          {message.lastError ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Org admins see every email written to people, its delivery state and failures, and open one to read it. */
export function OutboxPage() {
  usePageTitle('Outbox');
  const session = useCurrentSession();
  const [status, setStatus] = useState<OutboxStatus | undefined>();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [opened, setOpened] = useState<string | null>(null);
  const filter: OutboxFilter = { status, q: q || undefined };
  const outbox = usePagedList({
    queryKey: outboxQueryKey(filter),
    fetchPage: (cursor) => fetchOutbox(filter, cursor),
    enabled: isAdmin(session),
  });

  if (!isAdmin(session)) {
    return (
      <Stack gap="lg">
        <Title order={1}>Outbox</Title>
        <Alert color="yellow" title="For organization admins">
          Only organization admins can read the outbox of {session.organization.name}.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Outbox</Title>
        <Text c="dimmed">
          Every email {session.organization.name} wrote to people, newest first, with its delivery state. Without a mail server (SMTP_URL),
          messages are kept here and marked not sent.
        </Text>
      </Stack>
      <Paper withBorder p="lg" component="section" aria-labelledby="outbox-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="outbox-heading">
            Messages
          </Title>
          <Group align="flex-end">
            <FilterSelect
              label="State"
              values={outboxStatuses}
              labels={outboxStatusLabels}
              value={status}
              onChange={setStatus}
              width={280}
            />
            <SearchInput label="Recipient" placeholder="Name or address" value={search} onChange={setSearch} />
          </Group>
          {outbox.isPending ? <PageLoader label="Loading the outbox" /> : null}
          {outbox.isError ? <ErrorState error={outbox.error} onRetry={outbox.refetch} /> : null}
          {outbox.isSuccess && outbox.items.length === 0 ? <EmptyNote title="No messages match" /> : null}
          {outbox.items.length > 0 ? (
            <DataTable
              minWidth={960}
              striped
              verticalSpacing="sm"
              caption="Messages, newest first"
              columns={['Queued', 'Recipient', 'Subject', 'Kind', 'State', 'Attempts', 'Last error']}
            >
              {outbox.items.map((message) => (
                <OutboxRow key={message.id} message={message} onOpen={() => setOpened(message.id)} />
              ))}
            </DataTable>
          ) : null}
          <LoadMore list={outbox} noun="messages" />
        </Stack>
      </Paper>
      <OutboxMessageModal messageId={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
