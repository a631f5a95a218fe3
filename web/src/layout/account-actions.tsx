import { ActionIcon, Box, Button, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { personalDataExportUrl } from '../api/audit.api.ts';
import { ChangePasswordDialog } from '../auth/change-password-dialog.tsx';
import { useSignOut } from '../auth/use-sign-out.ts';

/**
 * The header's account actions: download my data, change password, sign out. Buttons on wide
 * screens; one "Account" menu on phones, where three buttons would push Sign out off the screen.
 */
export function AccountActions({ displayName }: { displayName: string }) {
  const [passwordOpened, { open: openPassword, close: closePassword }] = useDisclosure(false);
  const signOut = useSignOut();
  return (
    <>
      <Group gap="sm" wrap="nowrap" visibleFrom="sm">
        <Button
          variant="subtle"
          size="sm"
          component="a"
          href={personalDataExportUrl}
          download
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Download my data
        </Button>
        <Button variant="subtle" size="sm" leftSection={<IconKey size={16} aria-hidden />} onClick={openPassword}>
          Change password
        </Button>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate()}
          loading={signOut.isPending}
        >
          Sign out
        </Button>
      </Group>
      <Box hiddenFrom="sm">
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label="Account">
              <IconUserCircle size={20} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{displayName}</Menu.Label>
            <Menu.Item component="a" href={personalDataExportUrl} download leftSection={<IconDownload size={16} aria-hidden />}>
              Download my data
            </Menu.Item>
            <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={openPassword}>
              Change password
            </Menu.Item>
            <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate()}>
              Sign out
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Box>
      <ChangePasswordDialog opened={passwordOpened} onClose={closePassword} />
    </>
  );
}
