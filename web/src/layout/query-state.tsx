import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';

/** A centred spinner with a name for screen readers. */
export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center py="xl" mih={200}>
      <Stack align="center" gap="xs" role="status" aria-live="polite">
        <Loader aria-hidden />
        <Text size="sm" c="dimmed">
          {label}…
        </Text>
      </Stack>
    </Center>
  );
}

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error message with an optional retry button. */
export function ErrorState({ error, title = 'Something went wrong', onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap="sm">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

interface EmptyNoteProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** A friendly note for an empty list. */
export function EmptyNote({ title, children, action }: EmptyNoteProps) {
  return (
    <Stack align="center" gap="xs" py="xl" px="md" ta="center" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text size="sm" c="dimmed" maw={480}>
          {children}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
