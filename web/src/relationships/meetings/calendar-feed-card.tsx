import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import IconCalendarShare from '~icons/tabler/calendar-share';
import IconCheck from '~icons/tabler/check';
import IconCopy from '~icons/tabler/copy';
import { useState } from 'react';
import { formatDate } from '../../layout/format.ts';
import { useCalendarFeedMutations, useCalendarFeedQuery } from './use-meetings.ts';

/**
 * My private calendar feed: one URL with all my meetings across relationships, to subscribe to
 * in any calendar app. The URL is shown once, when created; creating a new one or revoking it
 * stops the old one.
 */
export function CalendarFeedCard() {
  const status = useCalendarFeedQuery();
  const { create, revoke } = useCalendarFeedMutations();
  const [url, setUrl] = useState<string | null>(null);
  const active = status.data?.active ?? false;

  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="calendar-feed-title">
      <Stack gap="xs">
        <Group gap="xs">
          <IconCalendarShare size={20} aria-hidden />
          <Title order={3} size="h5" id="calendar-feed-title">
            Calendar feed
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          Subscribe to all your mentoring meetings from Google Calendar, Outlook or Apple Calendar. Agendas and summaries stay out of the
          feed. Keep the URL private: anyone with it can see your meeting times.
        </Text>
        {url && (
          <Alert color="teal" title="Your feed URL (shown only now)">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label="Feed URL" value={url} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button
                    variant="light"
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                  >
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Alert>
        )}
        {!url && active && (
          <Text size="sm">
            A feed is active since {formatDate(status.data?.createdAt)}. Its URL was shown when you created it; make a new one if you lost
            it.
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant={active ? 'default' : 'filled'}
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: (created) => setUrl(created.url) })}
          >
            {active ? 'Make a new URL' : 'Create feed URL'}
          </Button>
          {active && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(null) })}
            >
              Revoke feed
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
