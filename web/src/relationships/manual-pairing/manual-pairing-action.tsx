import { Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconUsersPlus from '~icons/tabler/users-plus';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Program } from '../../../../shared/schemas/index.ts';
import { pairManually } from '../../api/agreements.api.ts';
import { describeError } from '../../api/api-error.ts';
import { toSubmitProblem } from '../../api/field-issues.ts';
import { programQueryKey } from '../../api/programs.api.ts';
import { FormActions } from '../agreement/agreement-fields.tsx';
import { useEnrolmentsQuery } from '../../programs/use-programs.ts';

function PairManuallyModal({ program, onClose }: { program: Program; onClose: () => void }) {
  const queryClient = useQueryClient();
  const enrolmentsQuery = useEnrolmentsQuery(program.id);
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [menteeId, setMenteeId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const active = (enrolmentsQuery.data ?? []).filter((enrolment) => enrolment.status === 'active');
  const optionsFor = (role: 'mentor' | 'mentee') =>
    active
      .filter((e) => e.role === role)
      .map((e) => ({
        value: e.personId,
        label: e.person.jobTitle ? `${e.person.displayName} · ${e.person.jobTitle}` : e.person.displayName,
      }));
  const pair = useMutation({
    mutationFn: () => pairManually(program.id, { mentorId: mentorId ?? '', menteeId: menteeId ?? '' }),
    onSuccess: async () => {
      const name = (id: string | null) => active.find((e) => e.personId === id)?.person.displayName ?? '';
      notifications.show({
        color: 'teal',
        title: 'Relationship started',
        message: `${name(mentorId)} now mentors ${name(menteeId)}; their draft agreement is waiting for them.`,
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
          {enrolmentsQuery.isError ? (
            <Text size="sm" c="red">
              {describeError(enrolmentsQuery.error)}
            </Text>
          ) : null}
          <Select
            label="Mentor"
            searchable
            placeholder="Choose a mentor"
            data={optionsFor('mentor')}
            value={mentorId}
            onChange={setMentorId}
            error={errors.mentorId}
            nothingFoundMessage="No active mentor"
          />
          <Select
            label="Mentee"
            searchable
            placeholder="Choose a mentee"
            data={optionsFor('mentee')}
            value={menteeId}
            onChange={setMenteeId}
            error={errors.menteeId}
            nothingFoundMessage="No active mentee"
          />
          <FormActions
            problem={formMessage}
            problemTitle="Not paired"
            submitLabel="Start relationship"
            loading={pair.isPending}
            disabled={!mentorId || !menteeId}
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
