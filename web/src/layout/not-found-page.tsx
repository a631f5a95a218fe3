import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Stack align="flex-start">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">There is nothing at this address. It may have moved, or the link may be mistyped.</Text>
      <Button component={Link} to="/">
        Go to home
      </Button>
    </Stack>
  );
}
