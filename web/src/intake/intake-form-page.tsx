import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useIntakeFormQuery } from '../apply/use-apply-queries.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { useProgramQuery } from '../programs/use-programs.ts';
import { IntakeFormBuilder } from './intake-form-builder.tsx';

/** The intake form builder for one program (coordinators). */
export function IntakeFormPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const hasForm = programQuery.data ? programQuery.data.intakeFormVersion !== null : false;
  const formQuery = useIntakeFormQuery(programId, hasForm);
  const programName = programQuery.data?.name ?? 'Program';
  usePageTitle(`Intake form · ${programName}`);

  let body;
  if (programQuery.isError) body = <ErrorState error={programQuery.error} onRetry={() => void programQuery.refetch()} />;
  else if (hasForm && formQuery.isError) body = <ErrorState error={formQuery.error} onRetry={() => void formQuery.refetch()} />;
  else if (programQuery.isPending || (hasForm && formQuery.isPending)) body = <PageLoader label="Loading the intake form" />;
  else if (!programQuery.data.canManage)
    body = (
      <Alert color="yellow" title="You cannot edit this intake form">
        Only the program’s coordinators and organization admins can change it.
      </Alert>
    );
  else {
    const current = formQuery.data ?? null;
    body = <IntakeFormBuilder key={current ? `${current.id}-${current.version}` : 'new'} programId={programId} current={current} />;
  }

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/programs">
          Programs
        </Anchor>
        <Anchor component={Link} to={`/programs/${programId}`}>
          {programName}
        </Anchor>
        <Text>Intake form</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>Intake form</Title>
        <Text c="dimmed">What {programName} asks people who apply as mentors or mentees.</Text>
      </Stack>
      {body}
    </Stack>
  );
}
