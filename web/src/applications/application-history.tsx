import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { Application } from '../../../shared/schemas/index.ts';
import { formatDate } from '../layout/format.ts';
import { applicationStatusLabels } from './application-labels.ts';

/** Every status change of the application, oldest first, with who made it and why. */
export function ApplicationHistory({ history }: { history: Application['history'] }) {
  const events = [...history].sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="history-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="history-heading">
          History
        </Title>
        {events.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing has happened yet.
          </Text>
        ) : (
          <Timeline active={events.length - 1} bulletSize={16} lineWidth={2}>
            {events.map((event) => (
              <Timeline.Item key={`${event.changedAt}-${event.toStatus}`} title={applicationStatusLabels[event.toStatus]}>
                <Text size="xs" c="dimmed">
                  {formatDate(event.changedAt)} · {event.changedBy}
                  {event.fromStatus ? ` · from ${applicationStatusLabels[event.fromStatus].toLowerCase()}` : ''}
                </Text>
                {event.reason ? (
                  <Text size="sm" mt={4}>
                    {event.reason}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
