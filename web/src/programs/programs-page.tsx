import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import IconPlus from '~icons/tabler/plus';
import { Link } from 'react-router';
import { programStatuses, type ProgramStatus } from '../../../shared/enums.ts';
import type { Program } from '../../../shared/schemas/index.ts';
import { fetchProgramsPage, programsQueryKey } from '../api/programs.api.ts';
import { canCreatePrograms, useCurrentSession } from '../auth/session-context.ts';
import { formatDateRange } from '../layout/format.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ProgramStatusBadge, ProgramTypeBadge, RoleBadges } from './program-badges.tsx';

const statusLabels: Record<ProgramStatus, string> = { draft: 'Draft', active: 'Active', closed: 'Closed' };

function ProgramRow({ program }: { program: Program }) {
  const counts = program.enrolmentCounts;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
          {program.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <ProgramTypeBadge type={program.type} />
      </Table.Td>
      <Table.Td>
        <ProgramStatusBadge status={program.status} />
      </Table.Td>
      <Table.Td>{formatDateRange(program.startsOn, program.endsOn)}</Table.Td>
      <Table.Td ta="right">{counts.mentor}</Table.Td>
      <Table.Td ta="right">{counts.mentee}</Table.Td>
      <Table.Td ta="right">{counts.supervisor}</Table.Td>
      <Table.Td>{program.myRoles.length > 0 ? <RoleBadges roles={program.myRoles} /> : <Text c="dimmed">—</Text>}</Table.Td>
    </Table.Tr>
  );
}

function ProgramsTable({ programs }: { programs: Program[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col" ta="right">
              Mentors
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mentees
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Supervisors
            </Table.Th>
            <Table.Th scope="col">Your roles</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <ProgramRow key={program.id} program={program} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProgramsPage() {
  usePageTitle('Programs');
  const session = useCurrentSession();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<ProgramStatus | undefined>();
  const filters = { q: q || undefined, status };
  const programsQuery = usePagedList({
    queryKey: [...programsQueryKey, 'pages', filters],
    fetchPage: (cursor) => fetchProgramsPage(filters, cursor),
  });
  const filtered = filters.q !== undefined || status !== undefined;
  const newProgramButton = canCreatePrograms(session) ? (
    <Button component={Link} to="/programs/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New program
    </Button>
  ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Programs</Title>
        {newProgramButton}
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Search by name"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
        <FilterSelect label="Status" values={programStatuses} labels={statusLabels} value={status} onChange={setStatus} />
      </Group>
      {programsQuery.isPending ? <PageLoader label="Loading programs" /> : null}
      {programsQuery.isError ? <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} /> : null}
      {programsQuery.isSuccess && programsQuery.items.length === 0 ? (
        filtered ? (
          <EmptyNote title="No programs match">Try another name or status.</EmptyNote>
        ) : (
          <EmptyNote title="No programs to show" action={newProgramButton}>
            Programs you coordinate or take part in will be listed here.
          </EmptyNote>
        )
      ) : null}
      {programsQuery.items.length > 0 ? (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <ProgramsTable programs={programsQuery.items} />
            <LoadMore list={programsQuery} noun="programs" />
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
