import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconAlertCircle from '~icons/tabler/alert-circle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { limits } from '../../../shared/limits.ts';
import { OrganizationChoiceDetailsSchema, type OrganizationChoiceDetails, type SignIn } from '../../../shared/schemas/index.ts';
import { ApiError } from '../api/api-error.ts';
import { sessionQueryKey, signIn } from '../api/auth.api.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AuthCard } from './auth-card.tsx';
import { OrganizationChoiceList } from './organization-choice.tsx';
import { passwordToggleProps } from './password-toggle.ts';
import { safeReturnPath } from './return-path.ts';
import { useSessionQuery } from './use-session.ts';

/** Where to go after signing in: back to the page of this site that asked for it, else home. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = state && typeof state === 'object' && 'from' in state ? state.from : undefined;
  return safeReturnPath(from, window.location.origin);
}

/** The organizations a 409 `organization_choice_required` offers, or null for any other error. */
function organizationChoiceOf(error: unknown): OrganizationChoiceDetails['organizations'] | null {
  if (!(error instanceof ApiError) || error.code !== 'organization_choice_required') return null;
  const details = OrganizationChoiceDetailsSchema.safeParse(error.details);
  return details.success && details.data.organizations.length > 0 ? details.data.organizations : null;
}

export function SignInPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const returnPath = useReturnPath();
  const sessionQuery = useSessionQuery();
  const [formMessage, setFormMessage] = useState<string | null>(null);
  /** The credentials that opened several organizations' accounts, and those organizations. */
  const [choice, setChoice] = useState<{ credentials: SignIn; organizations: OrganizationChoiceDetails['organizations'] } | null>(null);

  const form = useForm<SignIn>({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter your email address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
      await navigate(returnPath, { replace: true });
    },
    onError: (error, credentials) => {
      const organizations = organizationChoiceOf(error);
      if (organizations) {
        setChoice({ credentials, organizations });
        return;
      }
      setChoice(null);
      if (error instanceof ApiError && error.code === 'invalid_credentials') {
        setFormMessage('The email or password is not right. Please try again.');
        return;
      }
      if (error instanceof ApiError && error.code === 'too_many_attempts') {
        setFormMessage(`Too many attempts. ${error.message}`);
        return;
      }
      const problem = toSubmitProblem(error, ['email', 'password']);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  if (sessionQuery.data) return <Navigate to={returnPath} replace />;

  if (choice) {
    return (
      <AuthCard
        title="Choose your organization"
        subtitle={`The password for ${choice.credentials.email} opens an account in each of these. Which one do you want to use now?`}
      >
        <OrganizationChoiceList
          organizations={choice.organizations}
          pendingSlug={mutation.isPending ? (mutation.variables.organization ?? null) : null}
          onChoose={(slug) => mutation.mutate({ ...choice.credentials, organization: slug })}
          onBack={() => setChoice(null)}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Sign in to your organization’s mentoring space.">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormMessage(null);
          mutation.mutate({ email: values.email.trim(), password: values.password });
        })}
      >
        <Stack>
          {formMessage ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not sign in" role="alert">
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
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            maxLength={limits.passwordMax}
            visibilityToggleButtonProps={passwordToggleProps}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
            Sign in
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            Forgot your password?
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
