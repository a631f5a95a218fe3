import { AppShell, Burger, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentSession } from '../auth/session-context.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { AccountActions } from './account-actions.tsx';
import { MainNav } from './main-nav.tsx';

/** The signed-in frame: header with organization and person, navigation, and the page. */
export function AppLayout() {
  const session = useCurrentSession();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page (pathname) is what closes the phone navigation
  useEffect(() => closeNav(), [pathname, closeNav]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <Text fw={700} size="lg" c="indigo.8">
              Constellation
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="xs" truncate>
              {session.organization.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={600}>
                <VisuallyHidden>Signed in as </VisuallyHidden>
                {session.person.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {session.person.email}
              </Text>
            </Stack>
            <NotificationBell />
            <AccountActions displayName={session.person.displayName} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation">
        <MainNav session={session} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <div style={{ maxWidth: 1200, marginInline: 'auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
