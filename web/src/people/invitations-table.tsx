import { Badge, Group, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { organizationRoleLabels } from '../../../shared/enums.ts';
import { invitationStates, type Invitation, type InvitationState } from '../../../shared/schemas/index.ts';
import { fetchInvitationsPage } from '../api/invitations.api.ts';
import { invitationsQueryKey } from '../api/people.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { formatDate } from '../layout/format.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';

const stateLabels: Record<InvitationState, string> = { pending: 'Pending', accepted: 'Accepted', expired: 'Expired' };
const stateColors: Record<InvitationState, string> = { pending: 'yellow', accepted: 'teal', expired: 'gray' };

function invitationState(invitation: Invitation, now: number): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  return Date.parse(invitation.expiresAt) <= now ? 'expired' : 'pending';
}

/** Everyone invited so far, newest first a page at a time, with whether they accepted; searchable by email. */
export function InvitationsTable() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [state, setState] = useState<InvitationState | undefined>();
  const filters = { q: q || undefined, state };
  const invitationsQuery = usePagedList({
    queryKey: [...invitationsQueryKey, filters],
    fetchPage: (cursor) => fetchInvitationsPage(filters, cursor),
  });
  const now = Date.now();
  const invitations = invitationsQuery.items;
  const filtered = filters.q !== undefined || state !== undefined;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invitations-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="invitations-heading">
          Invitations
        </Title>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Search by email"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', xs: 260 }}
          />
          <FilterSelect label="Status" values={invitationStates} labels={stateLabels} value={state} onChange={setState} />
        </Group>
        {invitationsQuery.isPending ? <PageLoader label="Loading invitations" /> : null}
        {invitationsQuery.isError ? <ErrorState error={invitationsQuery.error} onRetry={() => void invitationsQuery.refetch()} /> : null}
        {invitationsQuery.isSuccess && invitations.length === 0 ? (
          filtered ? (
            <EmptyNote title="No invitations match">Try another search or status.</EmptyNote>
          ) : (
            <EmptyNote title="No invitations yet">Invite colleagues with the form above.</EmptyNote>
          )
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
        {invitations.length > 0 ? <LoadMore list={invitationsQuery} noun="invitations" /> : null}
      </Stack>
    </Paper>
  );
}
