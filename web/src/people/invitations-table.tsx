import { Badge, Paper, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { organizationRoleLabels } from '../../../shared/enums.ts';
import type { Invitation } from '../../../shared/schemas/index.ts';
import { fetchInvitations, invitationsQueryKey } from '../api/people.api.ts';
import { formatDate } from '../layout/format.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';

type InvitationState = 'pending' | 'accepted' | 'expired';

const stateLabels: Record<InvitationState, string> = { pending: 'Pending', accepted: 'Accepted', expired: 'Expired' };
const stateColors: Record<InvitationState, string> = { pending: 'yellow', accepted: 'teal', expired: 'gray' };

function invitationState(invitation: Invitation, now: number): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  return Date.parse(invitation.expiresAt) <= now ? 'expired' : 'pending';
}

/** Everyone invited so far, newest first, with whether they accepted. */
export function InvitationsTable() {
  const invitationsQuery = useQuery({ queryKey: invitationsQueryKey, queryFn: fetchInvitations });
  const now = Date.now();
  const invitations = [...(invitationsQuery.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invitations-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="invitations-heading">
          Invitations
        </Title>
        {invitationsQuery.isPending ? <PageLoader label="Loading invitations" /> : null}
        {invitationsQuery.isError ? <ErrorState error={invitationsQuery.error} onRetry={() => void invitationsQuery.refetch()} /> : null}
        {invitationsQuery.isSuccess && invitations.length === 0 ? (
          <EmptyNote title="No invitations yet">Invite colleagues with the form above.</EmptyNote>
        ) : null}
        {invitations.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Organization role</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">Invited by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.map((invitation) => {
                  const state = invitationState(invitation, now);
                  return (
                    <Table.Tr key={invitation.id}>
                      <Table.Td>{invitation.email}</Table.Td>
                      <Table.Td>{organizationRoleLabels[invitation.organizationRole]}</Table.Td>
                      <Table.Td>
                        <Badge color={stateColors[state]} variant="light">
                          {stateLabels[state]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{state === 'accepted' ? '—' : formatDate(invitation.expiresAt)}</Table.Td>
                      <Table.Td>{invitation.invitedBy}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
