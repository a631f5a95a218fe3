import { ActionIcon, Box, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import IconDownload from '~icons/tabler/download';
import IconKey from '~icons/tabler/key';
import IconLogout from '~icons/tabler/logout';
import IconUserCircle from '~icons/tabler/user-circle';
import { Suspense, useState } from 'react';
import { personalDataExportUrl } from '../api/audit.api.ts';
import { useSignOut } from '../auth/use-sign-out.ts';
import { lazyComponent } from '../routing/lazy-component.ts';

// Fetched on first use: every signed-in page shows this header, few people open these.
const ChangePasswordDialog = lazyComponent(
  () => import('../auth/change-password-dialog.tsx'),
  (module) => module.ChangePasswordDialog,
);
const AccountMenu = lazyComponent(
  () => import('./account-menu.tsx'),
  (module) => module.AccountMenu,
);

/**
 * The header's account actions: download my data, change password, sign out. Buttons on wide
 * screens; one "Account" menu on phones, where three buttons would push Sign out off the screen.
 * The menu and the password dialog load their code when first opened (hovering starts the fetch).
 */
export function AccountActions({ displayName }: { displayName: string }) {
  const [passwordOpened, { open: openPassword, close: closePassword }] = useDisclosure(false);
  const [passwordWanted, setPasswordWanted] = useState(false);
  const [menuWanted, setMenuWanted] = useState(false);
  const signOut = useSignOut();
  const askPassword = () => {
    setPasswordWanted(true);
    openPassword();
  };
  const accountButton = (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label="Account"
      aria-haspopup="menu"
      onPointerEnter={() => void AccountMenu.preload()}
      onFocus={() => void AccountMenu.preload()}
      onClick={() => setMenuWanted(true)}
    >
      <IconUserCircle size={20} aria-hidden />
    </ActionIcon>
  );
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
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconKey size={16} aria-hidden />}
          onPointerEnter={() => void ChangePasswordDialog.preload()}
          onClick={askPassword}
        >
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
        {menuWanted ? (
          <Suspense fallback={accountButton}>
            <AccountMenu displayName={displayName} onChangePassword={askPassword} onSignOut={() => signOut.mutate()} />
          </Suspense>
        ) : (
          accountButton
        )}
      </Box>
      {passwordWanted ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog opened={passwordOpened} onClose={closePassword} />
        </Suspense>
      ) : null}
    </>
  );
}
