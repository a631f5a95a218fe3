import { Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { programRoles, type ProgramRole } from '../../../shared/enums.ts';
import type { Enrolment, Program } from '../../../shared/schemas/index.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { EnrolForm } from './enrol-form.tsx';
import { EnrolmentsTable } from './enrolments-table.tsx';
import { programRolePluralLabels } from './program-labels.ts';
import { useWithdrawEnrolment } from './use-enrolment-mutations.ts';
import { useEnrolmentsQuery } from './use-programs.ts';
import { WithdrawModal } from './withdraw-modal.tsx';

type RoleFilter = ProgramRole | 'all';

function isRoleFilter(value: string): value is RoleFilter {
  return value === 'all' || programRoles.some((role) => role === value);
}

function filterOptions(enrolments: Enrolment[]) {
  const count = (role: ProgramRole) => enrolments.filter((enrolment) => enrolment.role === role).length;
  return [
    { value: 'all', label: `All (${enrolments.length})` },
    ...programRoles.map((role) => ({ value: role, label: `${programRolePluralLabels[role]} (${count(role)})` })),
  ];
}

/** Who is enrolled, filtered by role; managers can enrol and withdraw people here. */
export function EnrolmentsSection({ program }: { program: Program }) {
  const enrolmentsQuery = useEnrolmentsQuery(program.id);
  const [roleFilter, setRoleFilter] = useState<RoleFilter>('all');
  const [toWithdraw, setToWithdraw] = useState<Enrolment | null>(null);
  const withdraw = useWithdrawEnrolment(program, () => setToWithdraw(null));

  const enrolments = enrolmentsQuery.data ?? [];
  const shown = roleFilter === 'all' ? enrolments : enrolments.filter((enrolment) => enrolment.role === roleFilter);

  return (
    <Stack component="section" aria-labelledby="enrolments-heading" gap="md">
      <Title order={2} id="enrolments-heading">
        Enrolments
      </Title>
      {program.canManage ? <EnrolForm program={program} /> : null}
      <Paper withBorder p="md">
        <Stack gap="md">
          <Group>
            <SegmentedControl
              aria-label="Filter enrolments"
              data={filterOptions(enrolments)}
              value={roleFilter}
              onChange={(value) => {
                if (isRoleFilter(value)) setRoleFilter(value);
              }}
            />
          </Group>
          {enrolmentsQuery.isPending ? <PageLoader label="Loading enrolments" /> : null}
          {enrolmentsQuery.isError ? <ErrorState error={enrolmentsQuery.error} onRetry={() => void enrolmentsQuery.refetch()} /> : null}
          {enrolmentsQuery.isSuccess && shown.length === 0 ? (
            <EmptyNote title={enrolments.length === 0 ? 'Nobody is enrolled yet' : 'Nobody in this role'}>
              {program.canManage
                ? 'Use the form above to enrol mentors, mentees, supervisors and coordinators.'
                : 'The program’s coordinators enrol participants.'}
            </EmptyNote>
          ) : null}
          {shown.length > 0 ? (
            <EnrolmentsTable
              enrolments={shown}
              caption={`People enrolled in ${program.name}`}
              canManage={program.canManage}
              onWithdraw={setToWithdraw}
            />
          ) : null}
        </Stack>
      </Paper>
      <WithdrawModal
        program={program}
        enrolment={toWithdraw}
        pending={withdraw.isPending}
        onConfirm={(enrolment) => withdraw.mutate(enrolment)}
        onClose={() => setToWithdraw(null)}
      />
    </Stack>
  );
}
