import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import IconFileImport from '~icons/tabler/file-import';
import { Link } from 'react-router';
import { isAdmin, useCurrentSession } from '../auth/session-context.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { PeopleTable } from './people-table.tsx';

/** Admins invite people and see who belongs to the organization. */
export function PeoplePage() {
  usePageTitle('People');
  const session = useCurrentSession();

  if (!isAdmin(session)) {
    return (
      <Stack gap="lg">
        <Title order={1}>People</Title>
        <Alert color="yellow" title="For organization admins">
          Only organization admins can invite people and manage who belongs to {session.organization.name}.
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>People</Title>
          <Text c="dimmed">Invite colleagues to {session.organization.name} and see who has joined.</Text>
        </Stack>
        <Button component={Link} to="/people/import" variant="light" leftSection={<IconFileImport size={16} aria-hidden />}>
          Import from CSV
        </Button>
      </Group>
      <InviteForm />
      <InvitationsTable />
      <PeopleTable />
    </Stack>
  );
}
