import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Application } from '../../../shared/schemas/index.ts';
import { useWithdrawApplication } from './use-withdraw-application.ts';

interface WithdrawApplicationModalProps {
  application: Application | null;
  onClose: () => void;
}

/** Asks before the applicant withdraws; the application and its history are kept. */
export function WithdrawApplicationModal({ application, onClose }: WithdrawApplicationModalProps) {
  const withdraw = useWithdrawApplication(onClose);
  return (
    <Modal
      opened={application !== null}
      onClose={onClose}
      title={application ? `Withdraw your application to ${application.programName}?` : 'Withdraw'}
      centered
    >
      {application ? (
        <Stack>
          <Text size="sm">The coordinators will see that you withdrew. Your answers stay in the application’s history.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate(application)}>
              Withdraw application
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
