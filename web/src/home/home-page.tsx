import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconPlus from '~icons/tabler/plus';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Home, Program } from '../../../shared/schemas/index.ts';
import { fetchHome, homeQueryKey } from '../api/home.api.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ProgramCard } from '../programs/program-card.tsx';
import { OpenProgramsCard } from './open-programs-card.tsx';

function ProgramGrid({ programs, showMyRoles }: { programs: Program[]; showMyRoles: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {programs.map((program) => (
        <ProgramCard key={program.id} program={program} showMyRoles={showMyRoles} />
      ))}
    </SimpleGrid>
  );
}

/** Home lists the first 20 programs of each kind; the programs page pages through the rest. */
function AllProgramsLink({ more }: { more: boolean }) {
  if (!more) return null;
  return (
    <Anchor component={Link} to="/programs" size="sm">
      See all programs
    </Anchor>
  );
}

function CoordinatingSection({ home }: { home: Home }) {
  const newProgramButton = home.canCreatePrograms ? (
    <Button component={Link} to="/programs/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New program
    </Button>
  ) : null;
  return (
    <Stack component="section" aria-labelledby="coordinating-heading" gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} id="coordinating-heading">
          Programs you coordinate
        </Title>
        {home.coordinating.length > 0 ? newProgramButton : null}
      </Group>
      {home.coordinating.length > 0 ? (
        <>
          <ProgramGrid programs={home.coordinating} showMyRoles={false} />
          <AllProgramsLink more={home.coordinatingMore} />
        </>
      ) : (
        <EmptyNote title="No programs yet" action={newProgramButton}>
          Start by describing your first mentoring program: its purpose, how it supports your organization’s goals, and who it is for.
        </EmptyNote>
      )}
    </Stack>
  );
}

function ParticipatingSection({ home }: { home: Home }) {
  return (
    <Stack component="section" aria-labelledby="participating-heading" gap="md">
      <Title order={2} id="participating-heading">
        Your programs
      </Title>
      {home.participating.length > 0 ? (
        <>
          <ProgramGrid programs={home.participating} showMyRoles />
          <AllProgramsLink more={home.participatingMore} />
        </>
      ) : (
        <EmptyNote title="You are not part of a program yet">
          When a coordinator enrols you as a mentor, mentee or supervisor, the program will appear here.
        </EmptyNote>
      )}
    </Stack>
  );
}

/** Home fits the person: what they coordinate, where they take part, or both. */
export function HomePage() {
  usePageTitle('Home');
  const homeQuery = useQuery({ queryKey: homeQueryKey, queryFn: fetchHome });

  if (homeQuery.isPending) return <PageLoader label="Loading your programs" />;
  if (homeQuery.isError) return <ErrorState error={homeQuery.error} onRetry={() => void homeQuery.refetch()} />;

  const home = homeQuery.data;
  const coordinates = home.canCreatePrograms || home.coordinating.length > 0;
  const participates = home.participating.length > 0 || !coordinates;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Welcome, {home.person.displayName}</Title>
        <Text c="dimmed">{home.organization.name}</Text>
      </Stack>
      {participates ? <OpenProgramsCard /> : null}
      {coordinates ? <CoordinatingSection home={home} /> : null}
      {participates ? <ParticipatingSection home={home} /> : null}
    </Stack>
  );
}
