import type { ReactNode } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Application } from '../../../shared/schemas/index.ts';
import { applicationRoleLabels, canEditApplication } from '../applications/application-labels.ts';
import { ApplicationStatusBadge } from '../applications/application-status-badge.tsx';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ApplicationForm } from './application-form.tsx';
import { useIntakeFormQuery, useMyApplicationsQuery, useOpenProgramsQuery } from './use-apply-queries.ts';

/** The person's latest application to this program that is still alive (not withdrawn). */
function currentApplication(applications: Application[], programId: string): Application | null {
  const mine = applications.filter((application) => application.programId === programId && application.status !== 'withdrawn');
  return mine.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

function AlreadyApplied({ application }: { application: Application }) {
  return (
    <Alert color="blue" title="You have already applied">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          You applied as {applicationRoleLabels[application.role].toLowerCase()}. Status:{' '}
          <ApplicationStatusBadge status={application.status} />
        </Text>
        <Button component={Link} to={`/applications/${application.id}`} size="xs" variant="light">
          View application
        </Button>
      </Stack>
    </Alert>
  );
}

/** Apply to one program: role, the intake form's questions, save a draft or submit. */
export function ApplyProgramPage() {
  const { programId = '' } = useParams();
  const programsQuery = useOpenProgramsQuery();
  const formQuery = useIntakeFormQuery(programId);
  const applicationsQuery = useMyApplicationsQuery();
  const application = currentApplication(applicationsQuery.data ?? [], programId);
  const programName = programsQuery.data?.find((program) => program.id === programId)?.name ?? application?.programName ?? 'the program';
  usePageTitle(`Apply to ${programName}`);

  const queries = [programsQuery, formQuery, applicationsQuery];
  const failed = queries.find((query) => query.isError);
  let body: ReactNode;
  if (failed) body = <ErrorState error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />;
  else if (queries.some((query) => query.isPending)) body = <PageLoader label="Loading the application form" />;
  else if (application && !canEditApplication(application.status)) body = <AlreadyApplied application={application} />;
  else if (!formQuery.data)
    body = (
      <Alert color="yellow" title="This program is not taking applications">
        The coordinators have not published an intake form yet.
      </Alert>
    );
  else body = <ApplicationForm key={application?.id ?? 'new'} programId={programId} intakeForm={formQuery.data} draft={application} />;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/apply">
          Apply to a program
        </Anchor>
        <Text>{programName}</Text>
      </Breadcrumbs>
      <Title order={1}>Apply to {programName}</Title>
      {body}
    </Stack>
  );
}
