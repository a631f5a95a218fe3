import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconAlertCircle from '~icons/tabler/alert-circle';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { limits } from '../../../shared/limits.ts';
import { acceptInvitation, fetchInvitationPreview, sessionQueryKey } from '../api/auth.api.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { formatDate } from '../layout/format.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AuthCard } from './auth-card.tsx';
import { checkConfirmation, checkNewPassword, newPasswordHint } from './new-password-rules.ts';
import { PasswordField } from './password-field.tsx';

interface AcceptValues {
  displayName: string;
  password: string;
  confirmPassword: string;
}

export function AcceptInvitationPage() {
  usePageTitle('Accept invitation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => fetchInvitationPreview(token),
    retry: false,
  });

  const form = useForm<AcceptValues>({
    initialValues: { displayName: '', password: '', confirmPassword: '' },
    validate: {
      displayName: (value) => (value.trim() ? null : 'Enter your name'),
      password: checkNewPassword,
      confirmPassword: (value, values) => checkConfirmation(value, values.password),
    },
  });

  const mutation = useMutation({
    mutationFn: (values: AcceptValues) => acceptInvitation(token, { displayName: values.displayName.trim(), password: values.password }),
    onSuccess: async (session) => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
      await navigate('/', { replace: true });
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, ['displayName', 'password']);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  if (preview.isPending) return <PageLoader label="Opening your invitation" />;
  if (preview.isError) {
    return (
      <AuthCard title="Invitation not available">
        <ErrorState error={preview.error} title="This invitation cannot be used" />
        <Text size="sm" c="dimmed">
          It may have expired or already been accepted. Ask your organization’s admin for a new link.
        </Text>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={`Join ${preview.data.organizationName}`}
      subtitle={`You were invited as ${preview.data.email}. The invitation is valid until ${formatDate(preview.data.expiresAt)}.`}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormMessage(null);
          mutation.mutate(values);
        })}
      >
        <Stack>
          {formMessage ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not accept the invitation" role="alert">
              {formMessage}
            </Alert>
          ) : null}
          <TextInput label="Organization" value={preview.data.organizationName} readOnly variant="filled" />
          <TextInput label="Email" value={preview.data.email} readOnly variant="filled" />
          <TextInput
            label="Your name"
            description="How other people in your organization will see you"
            autoComplete="name"
            required
            maxLength={limits.nameMax}
            {...form.getInputProps('displayName')}
          />
          <PasswordField label="Password" description={newPasswordHint} autoComplete="new-password" {...form.getInputProps('password')} />
          <PasswordField label="Confirm password" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            Set password and sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
