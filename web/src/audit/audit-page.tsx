import { Alert, Anchor, Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import IconDownload from '~icons/tabler/download';
import { useState } from 'react';
import type { AuditEntry, AuditFilter } from '../../../shared/schemas/audit.ts';
import { auditExportUrl, auditQueryKey, fetchAuditLog } from '../api/audit.api.ts';
import { isAdmin, useCurrentSession } from '../auth/session-context.ts';
import { DataTable } from '../layout/data-table.tsx';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AuditFilters, isCompleteFilter } from './audit-filters.tsx';
import { auditActionLabels } from './audit-labels.ts';

function formatTime(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The detail as "key: value" pairs on one line (ids and counts only; never content). */
function formatDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value).replaceAll(',', ', ') : String(value)}`,
    )
    .join(' · ');
}

function AuditRow({ entry, onFilterTarget }: { entry: AuditEntry; onFilterTarget: (targetId: string) => void }) {
  const detail = formatDetail(entry.detail);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTime(entry.occurredAt)}</Table.Td>
      <Table.Td>
        <Badge variant="light" miw="max-content" color={entry.action === 'person_erased' ? 'red' : 'indigo'}>
          {auditActionLabels[entry.action]}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {entry.actor ? (
          entry.actor.name
        ) : (
          <Text span c="dimmed">
            System
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {entry.targetType.replaceAll('_', ' ')}{' '}
        {entry.targetId ? (
          <Anchor
            component="button"
            type="button"
            onClick={() => onFilterTarget(entry.targetId ?? '')}
            title={`Show every entry about ${entry.targetId}`}
          >
            <Code>{entry.targetId.slice(0, 8)}</Code>
          </Anchor>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" c={detail ? undefined : 'dimmed'} lineClamp={3} title={detail} style={{ overflowWrap: 'anywhere' }}>
          {detail || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed">
          {entry.ipAddress ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Org admins read the audit log of sensitive actions, filter it, page through it and export it. */
export function AuditPage() {
  usePageTitle('Audit log');
  const session = useCurrentSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [sent, setSent] = useState<AuditFilter>({});
  const log = usePagedList({
    queryKey: auditQueryKey(sent),
    fetchPage: (cursor) => fetchAuditLog(sent, cursor),
    enabled: isAdmin(session),
  });

  if (!isAdmin(session)) {
    return (
      <Stack gap="lg">
        <Title order={1}>Audit log</Title>
        <Alert color="yellow" title="For organization admins">
          Only organization admins can read the audit log of {session.organization.name}.
        </Alert>
      </Stack>
    );
  }

  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    if (isCompleteFilter(next)) setSent(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>Audit log</Title>
          <Text c="dimmed">
            Sensitive actions in {session.organization.name}: role changes, exports, coordinators’ views of relationships, matching,
            pairings, data downloads and erasures. Entries cannot be changed or deleted.
          </Text>
        </Stack>
        <Button component="a" href={auditExportUrl(sent)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Export CSV
        </Button>
      </Group>
      <Paper withBorder p="lg" component="section" aria-labelledby="audit-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="audit-heading">
            Entries
          </Title>
          <AuditFilters filter={filter} onChange={changeFilter} />
          {log.isPending ? <PageLoader label="Loading the audit log" /> : null}
          {log.isError ? <ErrorState error={log.error} onRetry={log.refetch} /> : null}
          {log.isSuccess && log.items.length === 0 ? <EmptyNote title="No entries match these filters" /> : null}
          {log.items.length > 0 ? (
            <DataTable
              minWidth={900}
              striped
              verticalSpacing="sm"
              caption="Entries, newest first"
              columns={['When', 'Action', 'Actor', 'Target', 'Detail', 'Address']}
            >
              {log.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} onFilterTarget={(targetId) => changeFilter({ ...filter, targetId })} />
              ))}
            </DataTable>
          ) : null}
          <LoadMore list={log} noun="entries" />
        </Stack>
      </Paper>
    </Stack>
  );
}
