import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { mentoringApproachLabels } from '../../../shared/enums.ts';
import type { Application } from '../../../shared/schemas/index.ts';
import { applicationQueryKey, fetchApplication } from '../api/applications.api.ts';
import { WithdrawApplicationModal } from '../apply/withdraw-application-modal.tsx';
import { formatDate } from '../layout/format.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { useProgramQuery } from '../programs/use-programs.ts';
import { AnswersList } from './answers-list.tsx';
import { ApplicationHistory } from './application-history.tsx';
import { applicationRoleLabels, canEditApplication, canWithdrawApplication } from './application-labels.ts';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { InterviewsSection } from './interviews-section.tsx';
import { SelectionChecklist } from './selection-checklist.tsx';

/** The server sends the checklist and mismatches to the program's coordinators only. */
function isCoordinatorView(application: Application): boolean {
  return application.selectionChecklist !== undefined || application.mismatches !== undefined;
}

function ApplicantSummary({ application }: { application: Application }) {
  const { applicant } = application;
  return (
    <Paper withBorder p="lg" component="section" aria-label="Applicant">
      <Stack gap={4}>
        <Text fw={600}>{applicant.displayName}</Text>
        <Text size="sm" c="dimmed">
          {applicant.email}
          {applicant.department ? ` · ${applicant.department}` : ''}
        </Text>
        <Text size="sm">
          Applies as {applicationRoleLabels[application.role].toLowerCase()} · submitted {formatDate(application.submittedAt)}
          {application.waitlistPosition !== null ? ` · waitlist position ${application.waitlistPosition}` : ''}
        </Text>
        <Text size="sm">
          Stated approach: {application.statedApproach ? mentoringApproachLabels[application.statedApproach] : 'not given'}
        </Text>
      </Stack>
    </Paper>
  );
}

function CoordinatorTools({ application }: { application: Application }) {
  const programQuery = useProgramQuery(application.programId);
  return (
    <Stack gap="md">
      {(application.mismatches ?? []).map((mismatch) => (
        <Alert key={mismatch.kind + mismatch.message} color="orange" icon={<IconAlertTriangle aria-hidden />} title="Assumption mismatch">
          {mismatch.message}
        </Alert>
      ))}
      <DecisionPanel application={application} />
      <SelectionChecklist application={application} criteria={programQuery.data?.selectionCriteria ?? []} />
    </Stack>
  );
}

/** One application: coordinators review and decide; applicants see status, answers and history. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const query = useQuery({ queryKey: applicationQueryKey(applicationId), queryFn: () => fetchApplication(applicationId) });
  const [withdrawing, setWithdrawing] = useState(false);
  const application = query.data;
  usePageTitle(application ? `Application of ${application.applicant.displayName}` : 'Application');

  if (query.isPending) return <PageLoader label="Loading the application" />;
  if (query.isError || !application) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const coordinator = isCoordinatorView(application);

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        {coordinator ? (
          <Anchor component={Link} to={`/programs/${application.programId}/applications`}>
            Applications to {application.programName}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/apply">
            My applications
          </Anchor>
        )}
        <Text>{application.applicant.displayName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap="xs">
          <Title order={1}>
            {coordinator ? `${application.applicant.displayName}’s application` : `Your application to ${application.programName}`}
          </Title>
          <Group gap="xs">
            <ApplicationStatusBadge status={application.status} />
            <Text size="sm" c="dimmed">
              {application.programName}
            </Text>
          </Group>
        </Stack>
        {!coordinator ? (
          <Group>
            {canEditApplication(application.status) ? (
              <Button component={Link} to={`/programs/${application.programId}/apply`} variant="light">
                Continue application
              </Button>
            ) : null}
            {canWithdrawApplication(application.status) ? (
              <Button color="red" variant="light" onClick={() => setWithdrawing(true)}>
                Withdraw
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: coordinator ? 7 : 8 }}>
          <Stack gap="lg">
            {coordinator ? <ApplicantSummary application={application} /> : null}
            <AnswersList answers={application.answers} intakeForm={application.intakeForm} />
            {coordinator ? <InterviewsSection applicationId={application.id} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: coordinator ? 5 : 4 }}>
          <Stack gap="lg">
            {coordinator ? <CoordinatorTools application={application} /> : null}
            <ApplicationHistory history={application.history} />
          </Stack>
        </Grid.Col>
      </Grid>
      <WithdrawApplicationModal application={withdrawing ? application : null} onClose={() => setWithdrawing(false)} />
    </Stack>
  );
}
