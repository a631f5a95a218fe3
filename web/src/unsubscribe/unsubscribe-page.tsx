import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { confirmUnsubscribe, fetchUnsubscribe } from '../api/outbox.api.ts';
import { AuthCard } from '../auth/auth-card.tsx';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

/** An email's unsubscribe link, without signing in: says what it turns off, and does it on a click. */
export function UnsubscribePage() {
  usePageTitle('Unsubscribe');
  const { token = '' } = useParams();
  const link = useQuery({ queryKey: ['unsubscribe', token], queryFn: () => fetchUnsubscribe(token), retry: false });
  const mutation = useMutation({ mutationFn: () => confirmUnsubscribe(token) });

  if (link.isPending) return <PageLoader label="Opening the link" />;
  if (link.isError) {
    return (
      <AuthCard title="Unsubscribe">
        <ErrorState error={link.error} onRetry={link.refetch} />
      </AuthCard>
    );
  }
  const view = mutation.data ?? link.data;
  return (
    <AuthCard title="Unsubscribe" subtitle={`Emails to ${view.recipientName}`}>
      {view.unsubscribed ? (
        <Alert color="green" title="Unsubscribed">
          You will get no more emails about {view.categoryLabel}. Other emails, and what you see in the app, are unchanged.
        </Alert>
      ) : (
        <Stack gap="md">
          <Text>
            Stop emails about <strong>{view.categoryLabel}</strong>? Only this kind of email stops; you still see everything in the app.
          </Text>
          {mutation.isError ? <ErrorState error={mutation.error} /> : null}
          <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
            Unsubscribe from {view.categoryLabel}
          </Button>
        </Stack>
      )}
    </AuthCard>
  );
}
