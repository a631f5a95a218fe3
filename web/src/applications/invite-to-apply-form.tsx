import { Button, Grid, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { applicationRoles, type ApplicationRole } from '../../../shared/enums.ts';
import { describeError } from '../api/api-error.ts';
import { inviteToApply } from '../api/applications.api.ts';
import { PersonSelect } from '../forms/person-select.tsx';
import { applicationRoleLabels } from './application-labels.ts';

const roleOptions = applicationRoles.map((role) => ({ value: role, label: applicationRoleLabels[role] }));

function isApplicationRole(value: string | null): value is ApplicationRole {
  return applicationRoles.some((role) => role === value);
}

/** A coordinator invites someone to apply: a draft application is made for them to complete. */
export function InviteToApplyForm({ programId }: { programId: string }) {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<{ id: string; label: string } | null>(null);
  const [role, setRole] = useState<ApplicationRole>('mentee');
  const [personError, setPersonError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (personId: string) => inviteToApply(programId, { personId, role }),
    onSuccess: async (application) => {
      notifications.show({
        color: 'teal',
        title: 'Invited to apply',
        message: `${application.applicant.displayName} can now complete an application as ${applicationRoleLabels[application.role].toLowerCase()}.`,
      });
      setPerson(null);
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not invite', message: describeError(error) }),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invite-to-apply-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invite-to-apply-heading">
          Invite to apply
        </Title>
        <Text size="sm" c="dimmed">
          The person gets a draft application in their “My applications” list to complete and submit.
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!person) {
              setPersonError('Choose a person to invite');
              return;
            }
            mutation.mutate(person.id);
          }}
        >
          <Grid align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PersonSelect
                label="Person"
                value={person}
                error={personError}
                onChange={(next) => {
                  setPersonError(null);
                  setPerson(next);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label="Role"
                data={roleOptions}
                value={role}
                allowDeselect={false}
                onChange={(value) => {
                  if (isApplicationRole(value)) setRole(value);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Button type="submit" fullWidth loading={mutation.isPending} leftSection={<IconSend size={16} aria-hidden />}>
                Invite
              </Button>
            </Grid.Col>
          </Grid>
        </form>
      </Stack>
    </Paper>
  );
}
