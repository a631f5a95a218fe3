import { Badge, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { organizationRoleLabels } from '../../../shared/enums.ts';
import { fetchPeoplePage, type PeopleFilters, peoplePageQueryKey } from '../api/people.api.ts';
import { useCurrentSession } from '../auth/session-context.ts';
import { DataTable } from '../layout/data-table.tsx';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { ErasePersonButton } from '../privacy/erase-person-button.tsx';
import { PeopleFiltersBar } from './people-filters.tsx';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

/** The organization's people, a page at a time by name, searched and filtered on the server. */
export function PeopleTable() {
  const session = useCurrentSession();
  const [filters, setFilters] = useState<PeopleFilters>({});
  const [debounced] = useDebouncedValue(filters, 250);
  const asked: PeopleFilters = { ...debounced, q: debounced.q?.trim() || undefined, department: debounced.department?.trim() || undefined };
  const people = usePagedList({ queryKey: peoplePageQueryKey(asked), fetchPage: (cursor) => fetchPeoplePage(asked, cursor) });
  const filtered = Object.values(asked).some((value) => value !== undefined);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="people-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="people-heading">
          People
        </Title>
        <PeopleFiltersBar value={filters} onChange={setFilters} />
        {people.isPending ? <PageLoader label="Loading people" /> : null}
        {people.isError ? <ErrorState error={people.error} onRetry={people.refetch} /> : null}
        {people.isSuccess && people.items.length === 0 ? (
          <EmptyNote title={filtered ? 'Nobody matches your search' : 'Nobody here yet'} />
        ) : null}
        {people.items.length > 0 ? (
          <DataTable
            minWidth={720}
            striped
            highlightOnHover
            verticalSpacing="sm"
            caption="People of the organization, by name"
            columns={[
              'Name',
              'Email',
              'Organization role',
              'Department',
              'Job title',
              <VisuallyHidden key="actions">Actions</VisuallyHidden>,
            ]}
          >
            {people.items.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td fw={600}>
                  {person.displayName}
                  {person.status === 'disabled' ? (
                    <Badge ml="xs" size="sm" color="gray" variant="outline">
                      Disabled
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{person.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light" miw="max-content" color={person.organizationRole === 'member' ? 'gray' : 'indigo'}>
                    {organizationRoleLabels[person.organizationRole]}
                  </Badge>
                </Table.Td>
                <Table.Td>{person.department ?? none}</Table.Td>
                <Table.Td>{person.jobTitle ?? none}</Table.Td>
                <Table.Td>{person.id === session.person.id ? null : <ErasePersonButton person={person} />}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        ) : null}
        {people.items.length > 0 ? <LoadMore list={people} noun="people" /> : null}
      </Stack>
    </Paper>
  );
}
