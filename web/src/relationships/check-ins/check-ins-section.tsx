import { Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconMessageCircle from '~icons/tabler/message-circle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import type { RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { describeError } from '../../api/api-error.ts';
import { checkInsQueryKey, fetchCheckInsPage, sendCheckIn } from '../../api/check-ins.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';
import { LoadMore } from '../../layout/load-more.tsx';
import { ErrorState } from '../../layout/query-state.tsx';
import { usePagedList } from '../../layout/use-paged-list.ts';

/** Quick check-ins between meetings ("here's what's been going on"): a short timeline both see. */
export function CheckInsSection({ relationship }: { relationship: RelationshipDetail }) {
  const pair = relationship.viewerRole !== 'coordinator';
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const query = usePagedList({
    queryKey: checkInsQueryKey(relationship.id),
    fetchPage: (cursor) => fetchCheckInsPage(relationship.id, cursor),
    enabled: pair,
  });
  const send = useMutation({
    mutationFn: (text: string) => sendCheckIn(relationship.id, text),
    onSuccess: async () => {
      setBody('');
      // A check-in is a touch point: the header's "last touch point" changes too.
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationship.id) });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not send the check-in', message: describeError(error) }),
  });
  if (!pair) return null;
  const partnerName = relationship.viewerRole === 'mentor' ? relationship.mentee.name : relationship.mentor.name;
  const checkIns = query.items;
  const editable = relationship.status === 'active';
  return (
    <Stack component="section" aria-labelledby="check-ins-heading" gap="md">
      <Group gap="xs">
        <IconMessageCircle aria-hidden />
        <Title order={2} id="check-ins-heading">
          Check-ins
        </Title>
      </Group>
      {editable ? (
        <Paper withBorder p="md">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (body.trim() !== '') send.mutate(body.trim());
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={`Check in with ${partnerName}`}
                description="A few lines between meetings: what you did, what changed, what is on your mind. Only the two of you see it."
                placeholder="Here’s what’s been going on…"
                autosize
                minRows={2}
                maxLength={limits.checkInMax}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
              />
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {body.length}/{limits.checkInMax}
                </Text>
                <Button type="submit" size="sm" loading={send.isPending} disabled={body.trim() === ''}>
                  Send check-in
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      ) : null}
      {query.isError ? <ErrorState title="Could not load the check-ins" error={query.error} onRetry={query.refetch} /> : null}
      {query.isSuccess && checkIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          No check-ins yet. A short note between meetings keeps the relationship warm.
        </Text>
      ) : null}
      {checkIns.length > 0 ? (
        <Timeline active={checkIns.length - 1} bulletSize={12} lineWidth={2} aria-label="Check-ins, newest first">
          {checkIns.map((c) => (
            <Timeline.Item
              key={c.id}
              color={c.mine ? 'indigo' : 'teal'}
              title={
                <Text size="sm" fw={600}>
                  {c.mine ? 'You' : partnerName}
                </Text>
              }
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.body}
              </Text>
              <Text size="xs" c="dimmed" mt={2} title={dayjs(c.createdAt).format('D MMM YYYY, HH:mm')}>
                {dayjs(c.createdAt).format('D MMM YYYY, HH:mm')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      ) : null}
      {query.hasMore ? <LoadMore list={query} noun="check-ins" /> : null}
    </Stack>
  );
}
