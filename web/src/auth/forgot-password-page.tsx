import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import IconAlertCircle from '~icons/tabler/alert-circle';
import IconMail from '~icons/tabler/mail';
import { limits } from '../../../shared/limits.ts';
import { requestPasswordReset } from '../api/password-reset.api.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AuthCard } from './auth-card.tsx';
import { throttledSubmitProblem } from './throttled-submit-problem.ts';

/** Forgot password: asks for the address and sends a link; the answer never tells whether it has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Forgot your password?');
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter your email address') },
  });
  const mutation = useMutation({
    mutationFn: (email: string) => requestPasswordReset({ email }),
    onError: (error) => {
      const problem = throttledSubmitProblem(error, ['email']);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  if (mutation.isSuccess) {
    return (
      <AuthCard title="Check your email">
        <Alert color="indigo" icon={<IconMail aria-hidden />} role="status" title="Link on its way">
          {mutation.data.message}
        </Alert>
        <Text size="sm" c="dimmed">
          Asked for {mutation.variables}. Nothing arrived after a few minutes? Check the address, look in your spam folder, or ask again.
        </Text>
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      subtitle="Enter the email address of your account and we will send you a link to choose a new password."
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormMessage(null);
          mutation.mutate(values.email.trim());
        })}
      >
        <Stack>
          {formMessage ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not send the link" role="alert">
              {formMessage}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            maxLength={limits.emailMax}
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            Email me a link
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm" ta="center">
            Back to sign in
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
