import { Anchor, Button, Paper, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Application } from '../../../shared/schemas/index.ts';
import { applicationRoleLabels, canEditApplication, canWithdrawApplication } from '../applications/application-labels.ts';
import { ApplicationStatusBadge } from '../applications/application-status-badge.tsx';
import { DataTable } from '../layout/data-table.tsx';
import { formatDate } from '../layout/format.ts';
import { EmptyNote } from '../layout/query-state.tsx';
import { WithdrawApplicationModal } from './withdraw-application-modal.tsx';

function applicationLink(application: Application): string {
  return canEditApplication(application.status) ? `/programs/${application.programId}/apply` : `/applications/${application.id}`;
}

/** The applicant's own applications with their status and a Withdraw action. */
export function MyApplicationsList({ applications }: { applications: Application[] }) {
  const [toWithdraw, setToWithdraw] = useState<Application | null>(null);
  return (
    <Stack component="section" aria-labelledby="my-applications-heading" gap="md">
      <Title order={2} id="my-applications-heading">
        My applications
      </Title>
      {applications.length === 0 ? (
        <EmptyNote title="You have not applied yet">Choose an open program above and apply as a mentor or mentee.</EmptyNote>
      ) : (
        <Paper withBorder p="md">
          <DataTable minWidth={640} verticalSpacing="sm" striped columns={['Program', 'Role', 'Status', 'Submitted', 'Actions']}>
            {applications.map((application) => (
              <Table.Tr key={application.id}>
                <Table.Td>
                  <Anchor component={Link} to={applicationLink(application)} fw={600}>
                    {application.programName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{applicationRoleLabels[application.role]}</Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={application.status} />
                </Table.Td>
                <Table.Td>{formatDate(application.submittedAt)}</Table.Td>
                <Table.Td>
                  {canWithdrawApplication(application.status) ? (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setToWithdraw(application)}>
                      Withdraw
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </Paper>
      )}
      <WithdrawApplicationModal application={toWithdraw} onClose={() => setToWithdraw(null)} />
    </Stack>
  );
}
