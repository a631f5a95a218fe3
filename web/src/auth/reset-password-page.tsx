import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import IconAlertCircle from '~icons/tabler/alert-circle';
import IconCircleCheck from '~icons/tabler/circle-check';
import { ApiError } from '../api/api-error.ts';
import { completePasswordReset } from '../api/password-reset.api.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AuthCard } from './auth-card.tsx';
import { checkConfirmation, checkNewPassword, newPasswordHint } from './new-password-rules.ts';
import { PasswordField } from './password-field.tsx';
import { throttledSubmitProblem } from './throttled-submit-problem.ts';

/** What to tell a person whose link cannot be used (used, expired, unknown), or null for other errors. */
function linkProblemOf(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'password_reset_used') return 'This link was already used.';
  if (error.code === 'password_reset_expired') return 'This link has expired: links work for one hour.';
  if (error.code === 'password_reset_not_found') return 'This link is not valid. Check that you opened the whole link from the email.';
  return null;
}

/** The page an emailed reset link opens: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const { token = '' } = useParams();
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: checkNewPassword,
      confirmPassword: (value, values) => checkConfirmation(value, values.password),
    },
  });
  const mutation = useMutation({
    mutationFn: (password: string) => completePasswordReset({ token, password }),
    onError: (error) => {
      const problem = linkProblemOf(error);
      if (problem) {
        setLinkProblem(problem);
        return;
      }
      const submit = throttledSubmitProblem(error, ['password']);
      form.setErrors(submit.fieldErrors);
      setFormMessage(submit.formMessage);
    },
  });

  if (mutation.isSuccess) {
    return (
      <AuthCard title="Your password is set">
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" title="Password changed">
          You were signed out everywhere else. Sign in with your new password.
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          Sign in
        </Button>
      </AuthCard>
    );
  }

  if (linkProblem) {
    return (
      <AuthCard title="Link not available">
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title="This link cannot be used">
          {linkProblem}
        </Alert>
        <Text size="sm" c="dimmed">
          Ask for a new link: it replaces this one.
        </Text>
        <Button component={Link} to="/forgot-password" fullWidth>
          Ask for a new link
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Choose a new password" subtitle="Your new password replaces the old one and signs you out on every other device.">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormMessage(null);
          mutation.mutate(values.password);
        })}
      >
        <Stack>
          {formMessage ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not set the password" role="alert">
              {formMessage}
            </Alert>
          ) : null}
          <PasswordField
            label="New password"
            description={newPasswordHint}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordField label="Confirm new password" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            Set new password
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm" ta="center">
            Back to sign in
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
