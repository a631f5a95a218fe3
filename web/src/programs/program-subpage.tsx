import { Alert, Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Program } from '../../../shared/schemas/index.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

/** Programs › (program) › current page. */
export function ProgramBreadcrumbs({ programId, programName, current }: { programId: string; programName: string; current: string }) {
  return (
    <Breadcrumbs>
      <Anchor component={Link} to="/programs">
        Programs
      </Anchor>
      <Anchor component={Link} to={`/programs/${programId}`}>
        {programName}
      </Anchor>
      <Text>{current}</Text>
    </Breadcrumbs>
  );
}

interface ProgramSubpageProps {
  programId: string;
  programName: string;
  /** The page's name: the last breadcrumb, the start of the document title and (by default) the heading. */
  section: string;
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A page below a program (applications, matching, intake form): breadcrumbs, document title and heading. */
export function ProgramSubpage({ programId, programName, section, title = section, description, actions, children }: ProgramSubpageProps) {
  usePageTitle(`${section} · ${programName}`);
  const heading = description ? (
    <Stack gap={4}>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{description}</Text>
    </Stack>
  ) : (
    <Title order={1}>{title}</Title>
  );

  return (
    <Stack gap="lg">
      <ProgramBreadcrumbs programId={programId} programName={programName} current={section} />
      {actions ? (
        <Group justify="space-between" align="flex-end">
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Stack>
  );
}

interface ManagersOnlyProps {
  programQuery: UseQueryResult<Program>;
  /** Another query the content needs; its error and loading are shown like the program's. */
  alsoNeeds?: UseQueryResult<unknown> | null;
  loaderLabel: string;
  deniedTitle: string;
  deniedMessage: ReactNode;
  children: (program: Program) => ReactNode;
}

/** Shows its content once the program has loaded, and only to those who manage it. */
export function ManagersOnly({ programQuery, alsoNeeds, loaderLabel, deniedTitle, deniedMessage, children }: ManagersOnlyProps) {
  if (programQuery.isError) return <ErrorState error={programQuery.error} onRetry={() => void programQuery.refetch()} />;
  if (alsoNeeds?.isError) return <ErrorState error={alsoNeeds.error} onRetry={() => void alsoNeeds.refetch()} />;
  if (programQuery.isPending || alsoNeeds?.isPending) return <PageLoader label={loaderLabel} />;
  if (!programQuery.data.canManage)
    return (
      <Alert color="yellow" title={deniedTitle}>
        {deniedMessage}
      </Alert>
    );
  return children(programQuery.data);
}
