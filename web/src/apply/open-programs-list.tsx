import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconCalendar from '~icons/tabler/calendar';
import { Link } from 'react-router';
import type { Application, Program } from '../../../shared/schemas/index.ts';
import { formatDateRange } from '../layout/format.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { ProgramTypeBadge } from '../programs/program-badges.tsx';
import { useOpenProgramsQuery } from './use-apply-queries.ts';

function OpenProgramCard({ program, application }: { program: Program; application: Application | undefined }) {
  const action = applyAction(program, application);
  return (
    <Card withBorder padding="lg" h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="xs">
          <ProgramTypeBadge type={program.type} />
        </Group>
        <Title order={3} size="h4">
          {program.name}
        </Title>
        {program.purpose ? (
          <Text size="sm" lineClamp={3}>
            {program.purpose}
          </Text>
        ) : null}
        <Group gap={6} c="dimmed">
          <IconCalendar size={16} aria-hidden />
          <Text size="sm">{formatDateRange(program.startsOn, program.endsOn)}</Text>
        </Group>
        <Group mt="auto">
          <Button component={Link} to={action.to} variant={action.label === 'Apply' ? 'filled' : 'light'}>
            {action.label}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** "Apply" for a new application, "Continue application" for a draft, else "View application". */
function applyAction(program: Program, application: Application | undefined): { label: string; to: string } {
  if (!application || application.status === 'withdrawn') return { label: 'Apply', to: `/programs/${program.id}/apply` };
  if (application.status === 'draft') return { label: 'Continue application', to: `/programs/${program.id}/apply` };
  return { label: 'View application', to: `/applications/${application.id}` };
}

/** Active programs that take applications, each with an Apply button. */
export function OpenProgramsList({ applications }: { applications: Application[] }) {
  const programsQuery = useOpenProgramsQuery();
  return (
    <Stack component="section" aria-labelledby="open-programs-heading" gap="md">
      <Title order={2} id="open-programs-heading">
        Open programs
      </Title>
      {programsQuery.isPending ? <PageLoader label="Loading open programs" /> : null}
      {programsQuery.isError ? <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} /> : null}
      {programsQuery.data?.length === 0 ? (
        <EmptyNote title="No programs are taking applications right now">
          When a coordinator opens a program for applications, it will appear here.
        </EmptyNote>
      ) : null}
      {programsQuery.data && programsQuery.data.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {programsQuery.data.map((program) => (
            <OpenProgramCard
              key={program.id}
              program={program}
              application={applications.find((application) => application.programId === program.id)}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
