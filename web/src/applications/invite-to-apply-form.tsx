import { notifications } from '@mantine/notifications';
import IconSend from '~icons/tabler/send';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { applicationRoles, type ApplicationRole } from '../../../shared/enums.ts';
import { describeError } from '../api/api-error.ts';
import { inviteToApply } from '../api/applications.api.ts';
import { PersonRoleForm, type ChosenPerson } from '../forms/person-role-form.tsx';
import { applicationRoleLabels } from './application-labels.ts';

/** A coordinator invites someone to apply: a draft application is made for them to complete. */
export function InviteToApplyForm({ programId }: { programId: string }) {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { personId: string; role: ApplicationRole }) => inviteToApply(programId, body),
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
    <PersonRoleForm
      heading="Invite to apply"
      headingId="invite-to-apply-heading"
      headingOrder={2}
      description="The person gets a draft application in their “My applications” list to complete and submit."
      person={person}
      onPersonChange={setPerson}
      missingPersonMessage="Choose a person to invite"
      roles={applicationRoles}
      roleLabels={applicationRoleLabels}
      defaultRole="mentee"
      submitLabel="Invite"
      submitIcon={<IconSend size={16} aria-hidden />}
      submitting={mutation.isPending}
      onSubmit={(personId, role) => mutation.mutate({ personId, role })}
    />
  );
}
