import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fetchMyNotificationPage, markNotificationsRead, myNotificationsQueryKey, type Notification } from '../api/notifications.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { usePagedList } from '../layout/use-paged-list.ts';

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

interface ItemProps {
  notification: Notification;
  onRead: (id: string) => void;
  marking: boolean;
}

/** One notification: its title links to where it happened (and marks it read), its time, and "Mark read". */
function NotificationItem({ notification, onRead, marking }: ItemProps) {
  const unread = notification.readAt === null;
  return (
    <Card withBorder padding="md" bg={unread ? 'indigo.0' : undefined} component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            {unread ? (
              <Badge size="xs" variant="filled" aria-label="Unread">
                New
              </Badge>
            ) : null}
            <Anchor component={Link} to={notification.link} fw={unread ? 700 : 500} onClick={() => unread && onRead(notification.id)}>
              {notification.title}
            </Anchor>
          </Group>
          {notification.body ? (
            <Text size="sm" c="dimmed">
              {notification.body}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {formatWhen(notification.createdAt)}
          </Text>
        </Stack>
        {unread ? (
          <Button size="compact-sm" variant="subtle" onClick={() => onRead(notification.id)} loading={marking}>
            Mark read
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}

/** The notification centre: what I was told, newest first, with links, and marking one or all read. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const queryClient = useQueryClient();
  const list = usePagedList({
    queryKey: [...myNotificationsQueryKey, 'list', show],
    fetchPage: (cursor) => fetchMyNotificationPage({ unread: show === 'unread', cursor }),
  });
  const mark = useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myNotificationsQueryKey }),
  });
  const markingId = mark.isPending && mark.variables?.ids?.length === 1 ? mark.variables.ids[0] : undefined;
  return (
    <Stack gap="lg" maw={860}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>Notifications</Title>
          <Text c="dimmed">What happened that concerns you. How each kind also reaches you by email is set on your profile.</Text>
        </div>
        <Button variant="light" onClick={() => mark.mutate({ all: true })} loading={mark.isPending && mark.variables?.all === true}>
          Mark all read
        </Button>
      </Group>
      <SegmentedControl
        value={show}
        onChange={(value) => setShow(value === 'unread' ? 'unread' : 'all')}
        data={[
          { value: 'all', label: 'All' },
          { value: 'unread', label: 'Unread' },
        ]}
        aria-label="Show"
        w="fit-content"
      />
      {list.isPending ? <PageLoader label="Loading your notifications" /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={list.refetch} /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyNote title={show === 'unread' ? 'Nothing unread.' : 'No notifications yet.'} />
      ) : null}
      {list.items.length > 0 ? (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notifications">
          {list.items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onRead={(id) => mark.mutate({ ids: [id] })}
              marking={markingId === notification.id}
            />
          ))}
        </Stack>
      ) : null}
      {list.hasMore ? <LoadMore list={list} noun="notifications" /> : null}
    </Stack>
  );
}
