import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconUsersPlus from '~icons/tabler/users-plus';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Program } from '../../../../shared/schemas/index.ts';
import { pairManually } from '../../api/agreements.api.ts';
import { toSubmitProblem } from '../../api/field-issues.ts';
import { programQueryKey } from '../../api/programs.api.ts';
import { FormActions } from '../agreement/agreement-fields.tsx';
import { EnrolledPersonSelect, type EnrolledPerson } from '../../programs/enrolled-person-select.tsx';

function PairManuallyModal({ program, onClose }: { program: Program; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [mentor, setMentor] = useState<EnrolledPerson | null>(null);
  const [mentee, setMentee] = useState<EnrolledPerson | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const pair = useMutation({
    mutationFn: () => pairManually(program.id, { mentorId: mentor?.id ?? '', menteeId: mentee?.id ?? '' }),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        title: 'Relationship started',
        message: `${mentor?.name ?? ''} now mentors ${mentee?.name ?? ''}; their draft agreement is waiting for them.`,
      });
      onClose();
      // Everything under the program: the participants' list, the coordinators' overview, counts.
      await queryClient.invalidateQueries({ queryKey: programQueryKey(program.id) });
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, ['mentorId', 'menteeId']);
      setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  return (
    <Modal opened onClose={onClose} title="Pair a mentor and a mentee">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setErrors({});
          setFormMessage(null);
          pair.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            The mentor needs room for one more mentee. The pair starts in stage 1 with a draft agreement from the program’s template.
          </Text>
          <EnrolledPersonSelect
            programId={program.id}
            programRole="mentor"
            label="Mentor"
            placeholder="Type a mentor’s name"
            value={mentor}
            onChange={setMentor}
            error={errors.mentorId}
            nothingFoundMessage="No active mentor"
          />
          <EnrolledPersonSelect
            programId={program.id}
            programRole="mentee"
            label="Mentee"
            placeholder="Type a mentee’s name"
            value={mentee}
            onChange={setMentee}
            error={errors.menteeId}
            nothingFoundMessage="No active mentee"
          />
          <FormActions
            problem={formMessage}
            problemTitle="Not paired"
            submitLabel="Start relationship"
            loading={pair.isPending}
            disabled={!mentor || !mentee}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Coordinators of one-to-one and self-directed programs: pair two participants by hand. */
export function ManualPairingAction({ program }: { program: Program }) {
  const [open, setOpen] = useState(false);
  if (!program.canManage || program.type === 'group' || program.status === 'closed') return null;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          Know a pair that should work together? Start their relationship yourself; capacity still applies.
        </Text>
        <Button variant="light" leftSection={<IconUsersPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
          Pair manually
        </Button>
      </Group>
      {open ? <PairManuallyModal program={program} onClose={() => setOpen(false)} /> : null}
    </Paper>
  );
}
