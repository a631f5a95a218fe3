import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import IconBell from '~icons/tabler/bell';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { fetchUnreadNotificationCount, unreadNotificationsQueryKey } from '../api/notifications.api.ts';

/** How often the count is read again while a page stays open (the live stream comes later). */
const refreshMs = 60_000;

/** "Notifications, 3 unread": what the bell says to a screen reader. */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined || unread === 0) return 'Notifications, none unread';
  return `Notifications, ${unread} unread`;
}

/**
 * The header's bell: the unread count on it, read on every navigation and every minute; a link
 * to the notification centre.
 */
export function NotificationBell() {
  const { pathname } = useLocation();
  const unread = useQuery({ queryKey: unreadNotificationsQueryKey, queryFn: fetchUnreadNotificationCount, refetchInterval: refreshMs });
  const { refetch } = unread;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page (pathname) is what reads the count again
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  const count = unread.data ?? 0;
  return (
    // The count is in the link's name; the badge is for the eye only.
    <Indicator label={<span aria-hidden>{count > 99 ? '99+' : count}</span>} size={18} color="red" disabled={count === 0} offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="default" size="lg" aria-label={bellLabel(unread.data)}>
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
