import { NavLink, Stack, Text } from '@mantine/core';
import IconAffiliate from '~icons/tabler/affiliate';
import IconListSearch from '~icons/tabler/list-search';
import IconFileDescription from '~icons/tabler/file-description';
import IconInbox from '~icons/tabler/inbox';
import IconMail from '~icons/tabler/mail';
import IconRefreshAlert from '~icons/tabler/refresh-alert';
import IconHome from '~icons/tabler/home';
import IconLayoutList from '~icons/tabler/layout-list';
import IconUserCircle from '~icons/tabler/user-circle';
import IconUsers from '~icons/tabler/users';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Session } from '../../../shared/schemas/index.ts';
import { isAdmin } from '../auth/session-context.ts';

interface NavEntry {
  to: string;
  label: string;
  icon: ReactNode;
  isActive: (pathname: string) => boolean;
}

function navEntries(session: Session): NavEntry[] {
  const entries: NavEntry[] = [
    { to: '/', label: 'Home', icon: <IconHome size={18} aria-hidden />, isActive: (path) => path === '/' },
    {
      to: '/programs',
      label: 'Programs',
      icon: <IconLayoutList size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/programs') && !path.endsWith('/apply'),
    },
    {
      to: '/apply',
      label: 'Apply to a program',
      icon: <IconFileDescription size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/apply') || path.endsWith('/apply'),
    },
    {
      to: '/network',
      label: 'My network',
      icon: <IconAffiliate size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/network'),
    },
    { to: '/requests', label: 'Requests', icon: <IconInbox size={18} aria-hidden />, isActive: (path) => path.startsWith('/requests') },
    {
      to: '/profile',
      label: 'My profile',
      icon: <IconUserCircle size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/profile'),
    },
  ];
  if (isAdmin(session)) {
    entries.push({
      to: '/people',
      label: 'People',
      icon: <IconUsers size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/people'),
    });
    entries.push({
      to: '/audit',
      label: 'Audit log',
      icon: <IconListSearch size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/audit'),
    });
    entries.push({
      to: '/admin/outbox',
      label: 'Outbox',
      icon: <IconMail size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/admin/outbox'),
    });
    entries.push({
      to: '/admin/jobs',
      label: 'Background jobs',
      icon: <IconRefreshAlert size={18} aria-hidden />,
      isActive: (path) => path.startsWith('/admin/jobs'),
    });
  }
  return entries;
}

/** The navbar links for everyone (home, programs, applying, own profile); People for organization admins only. */
export function MainNav({ session }: { session: Session }) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {navEntries(session).map((entry) => {
        const active = entry.isActive(pathname);
        return (
          <NavLink
            key={entry.to}
            component={Link}
            to={entry.to}
            label={entry.label}
            leftSection={entry.icon}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
      <Text size="xs" c="dimmed" mt="md" px="sm" hiddenFrom="sm">
        Signed in as {session.person.displayName} ({session.organization.name})
      </Text>
    </Stack>
  );
}
