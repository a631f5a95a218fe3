import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import IconPlus from '~icons/tabler/plus';
import { Link } from 'react-router';
import type { Program } from '../../../shared/schemas/index.ts';
import { canCreatePrograms, useCurrentSession } from '../auth/session-context.ts';
import { formatDateRange } from '../layout/format.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ProgramStatusBadge, ProgramTypeBadge, RoleBadges } from './program-badges.tsx';
import { useProgramsQuery } from './use-programs.ts';

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
        <Table.Caption>{programs.length === 1 ? '1 program' : `${programs.length} programs`}</Table.Caption>
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
  const programsQuery = useProgramsQuery();
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
      {programsQuery.isPending ? <PageLoader label="Loading programs" /> : null}
      {programsQuery.isError ? <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} /> : null}
      {programsQuery.data?.length === 0 ? (
        <EmptyNote title="No programs to show" action={newProgramButton}>
          Programs you coordinate or take part in will be listed here.
        </EmptyNote>
      ) : null}
      {programsQuery.data && programsQuery.data.length > 0 ? (
        <Paper withBorder p="md">
          <ProgramsTable programs={programsQuery.data} />
        </Paper>
      ) : null}
    </Stack>
  );
}
