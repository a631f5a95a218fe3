import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { programRoleLabels } from '../../../shared/enums.ts';
import type { Enrolment, Program } from '../../../shared/schemas/index.ts';

interface WithdrawModalProps {
  program: Program;
  enrolment: Enrolment | null;
  pending: boolean;
  onConfirm: (enrolment: Enrolment) => void;
  onClose: () => void;
}

/** Asks before withdrawing someone from a program. */
export function WithdrawModal({ program, enrolment, pending, onConfirm, onClose }: WithdrawModalProps) {
  return (
    <Modal
      opened={enrolment !== null}
      onClose={onClose}
      title={enrolment ? `Withdraw ${enrolment.person.displayName}?` : 'Withdraw'}
      centered
    >
      {enrolment ? (
        <Stack>
          <Text size="sm">
            {enrolment.person.displayName} will no longer take part in {program.name} as {programRoleLabels[enrolment.role].toLowerCase()}.
            The enrolment stays in the program’s history.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" loading={pending} onClick={() => onConfirm(enrolment)}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
