import { Alert, Button, CopyButton, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconCheck from '~icons/tabler/check';
import IconCopy from '~icons/tabler/copy';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { organizationRoleLabels, organizationRoles, type OrganizationRole } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { CreatedInvitation } from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { createInvitation, invitationsQueryKey } from '../api/people.api.ts';

interface InviteValues {
  email: string;
  organizationRole: OrganizationRole;
}

const roleOptions = organizationRoles.map((role) => ({ value: role, label: organizationRoleLabels[role] }));

/** The server may answer with a path; people need a full address to pass on. */
function absoluteLink(link: string): string {
  return new URL(link, window.location.origin).toString();
}

function CreatedLink({ created }: { created: CreatedInvitation }) {
  const link = absoluteLink(created.link);
  return (
    <Alert color="teal" title={`Invitation created for ${created.invitation.email}`} role="status">
      <Stack gap="xs">
        <Text size="sm">No email is sent. Copy this link and pass it on; it works once.</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label="Invitation link" value={link} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : 'indigo'}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Invite someone by email; the resulting link is shown with a copy button. */
export function InviteForm() {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: '', organizationRole: 'member' },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter an email address') },
  });
  const mutation = useMutation({
    mutationFn: createInvitation,
    onSuccess: async (result) => {
      setCreated(result);
      form.reset();
      notifications.show({ color: 'teal', title: 'Invitation created', message: `Copy the link for ${result.invitation.email}.` });
      await queryClient.invalidateQueries({ queryKey: invitationsQueryKey });
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, ['email', 'organizationRole']);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invite-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="invite-heading">
          Invite someone
        </Title>
        {formMessage ? (
          <Alert color="red" title="The invitation was not created" role="alert">
            {formMessage}
          </Alert>
        ) : null}
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setFormMessage(null);
            setCreated(null);
            mutation.mutate({ email: values.email.trim(), organizationRole: values.organizationRole });
          })}
        >
          <Grid align="flex-start">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label="Email" type="email" required maxLength={limits.emailMax} {...form.getInputProps('email')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label="Organization role" data={roleOptions} allowDeselect={false} {...form.getInputProps('organizationRole')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }} pt={{ base: 'xs', sm: 32 }}>
              <Button type="submit" fullWidth loading={mutation.isPending}>
                Create invitation
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        {created ? <CreatedLink created={created} /> : null}
      </Stack>
    </Paper>
  );
}
