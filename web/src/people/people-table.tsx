import { Badge, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import IconSearch from '~icons/tabler/search';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organizationRoleLabels } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { fetchPeople, peopleQueryKey } from '../api/people.api.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { useCurrentSession } from '../auth/session-context.ts';
import { ErasePersonButton } from '../privacy/erase-person-button.tsx';

const listLimit = 100;

/** The organization's people, searchable by name or email. */
export function PeopleTable() {
  const session = useCurrentSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const peopleQuery = useQuery({
    queryKey: peopleQueryKey(debouncedSearch.trim(), listLimit),
    queryFn: () => fetchPeople(debouncedSearch, listLimit),
    placeholderData: (previous) => previous,
  });
  const people = peopleQuery.data ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="people-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="people-heading">
          People
        </Title>
        <TextInput
          label="Search people"
          placeholder="Name or email"
          type="search"
          maxLength={limits.shortTextMax}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={420}
        />
        {peopleQuery.isPending ? <PageLoader label="Loading people" /> : null}
        {peopleQuery.isError ? <ErrorState error={peopleQuery.error} onRetry={() => void peopleQuery.refetch()} /> : null}
        {peopleQuery.isSuccess && people.length === 0 ? (
          <EmptyNote title={debouncedSearch ? 'Nobody matches your search' : 'Nobody here yet'} />
        ) : null}
        {people.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption aria-live="polite">
                {people.length === listLimit ? `Showing the first ${listLimit} people` : `${people.length} people`}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Organization role</Table.Th>
                  <Table.Th scope="col">Department</Table.Th>
                  <Table.Th scope="col">Job title</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td fw={600}>{person.displayName}</Table.Td>
                    <Table.Td>{person.email}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" miw="max-content" color={person.organizationRole === 'member' ? 'gray' : 'indigo'}>
                        {organizationRoleLabels[person.organizationRole]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {person.department ?? (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {person.jobTitle ?? (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{person.id === session.person.id ? null : <ErasePersonButton person={person} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
