import { ActionIcon, Menu } from '@mantine/core';
import IconDownload from '~icons/tabler/download';
import IconKey from '~icons/tabler/key';
import IconLogout from '~icons/tabler/logout';
import IconUserCircle from '~icons/tabler/user-circle';
import { personalDataExportUrl } from '../api/audit.api.ts';

interface AccountMenuProps {
  displayName: string;
  onChangePassword: () => void;
  onSignOut: () => void;
}

/**
 * The phone header's "Account" menu, opened as it appears: AccountActions fetches it on the first
 * tap, so pages do not carry the menu's code (Menu, Popover, floating-ui) until someone needs it.
 */
export function AccountMenu({ displayName, onChangePassword, onSignOut }: AccountMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
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
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={onChangePassword}>
          Change password
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
