import type { QueryClient } from '@tanstack/react-query';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import IconPencil from '~icons/tabler/pencil';
import { Link, useParams } from 'react-router';
import { MyCircleSection } from '../circles/my-circle-section.tsx';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { MatchingPreferencesSection } from '../matching/preferences/matching-preferences-section.tsx';
import { ProgramRelationshipsSection } from '../relationships/program-relationships/program-relationships-section.tsx';
import { SuggestedMentorsSection } from '../matching/suggested-mentors-section.tsx';
import { ManualPairingAction } from '../relationships/manual-pairing/manual-pairing-action.tsx';
import { AgreementTemplateSection } from './agreement-template-section.tsx';
import { EnrolmentsSection } from './enrolments-section.tsx';
import { ProgramStatusBadge, ProgramTypeBadge, RoleBadges } from './program-badges.tsx';
import { ProgramIntakeSection } from './program-intake-section.tsx';
import { ProgramOverview } from './program-overview.tsx';
import { prefetchEnrolments, prefetchProgram, usePrefetchEnrolments, useProgramQuery } from './use-programs.ts';

/** What the page asks for first, all at once: started from its address before it is drawn. */
export function prefetchProgramPage(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([prefetchProgram(queryClient, programId), prefetchEnrolments(queryClient, programId)]);
}

export function ProgramPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  usePrefetchEnrolments(programId);
  usePageTitle(programQuery.data?.name ?? 'Program');

  if (programQuery.isPending) return <PageLoader label="Loading the program" />;
  if (programQuery.isError) return <ErrorState error={programQuery.error} onRetry={() => void programQuery.refetch()} />;
  const program = programQuery.data;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/programs">
          Programs
        </Anchor>
        <Text>{program.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap="xs">
          <Title order={1}>{program.name}</Title>
          <Group gap="xs">
            <ProgramTypeBadge type={program.type} />
            <ProgramStatusBadge status={program.status} />
            <RoleBadges roles={program.myRoles} />
          </Group>
        </Stack>
        {program.canManage ? (
          <Button component={Link} to={`/programs/${program.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
            Edit program
          </Button>
        ) : null}
      </Group>
      <ProgramOverview program={program} />
      <SuggestedMentorsSection program={program} />
      <MatchingPreferencesSection program={program} />
      <ProgramRelationshipsSection program={program} />
      <ManualPairingAction program={program} />
      <MyCircleSection program={program} />
      {/* Intake set-up is coordinators' business; participants apply from the Apply page. */}
      {program.canManage ? <ProgramIntakeSection program={program} /> : null}
      <AgreementTemplateSection program={program} />
      <EnrolmentsSection program={program} />
    </Stack>
  );
}
