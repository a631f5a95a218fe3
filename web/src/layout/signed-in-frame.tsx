import { Notifications } from '@mantine/notifications';
import { AppLayout } from './app-layout.tsx';

/**
 * The signed-in part's frame: the layout and the notifications' host (only signed-in pages show
 * notifications, so the public pages do not load their code).
 */
export function SignedInFrame() {
  return (
    <>
      <Notifications position="top-right" />
      <AppLayout />
    </>
  );
}
