import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { programRoleLabels, programRoles } from '../../../shared/enums.ts';
import type { Enrolment, EnrolmentStatusCounts, Program } from '../../../shared/schemas/index.ts';
import type { EnrolmentFilters } from '../api/programs.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { EnrolForm } from './enrol-form.tsx';
import { countFor, EnrolmentFiltersBar } from './enrolment-filters.tsx';
import { EnrolmentsTable } from './enrolments-table.tsx';
import { programRolePluralLabels } from './program-labels.ts';
import { useWithdrawEnrolment } from './use-enrolment-mutations.ts';
import { useEnrolmentCountsQuery, useEnrolmentList } from './use-programs.ts';
import { WithdrawModal } from './withdraw-modal.tsx';

/** The program's size in a line: active people by role, and how many were withdrawn. */
function CountsLine({ counts, canManage }: { counts: EnrolmentStatusCounts; canManage: boolean }) {
  const active = programRoles
    .filter((role) => counts.active[role] > 0)
    .map((role) => {
      const count = counts.active[role];
      return `${count.toLocaleString()} ${(count === 1 ? programRoleLabels[role] : programRolePluralLabels[role]).toLowerCase()}`;
    });
  const withdrawn = countFor(counts, 'withdrawn', undefined) ?? 0;
  return (
    <Text size="sm" c="dimmed">
      {active.length > 0 ? `Active: ${active.join(', ')}` : 'Nobody is active yet'}
      {canManage && withdrawn > 0 ? ` · ${withdrawn.toLocaleString()} withdrawn` : ''}
    </Text>
  );
}

/** Who is enrolled, a page at a time, filtered on the server; managers can enrol and withdraw people here. */
export function EnrolmentsSection({ program }: { program: Program }) {
  const [filters, setFilters] = useState<EnrolmentFilters>({});
  const [debounced] = useDebouncedValue(filters, 250);
  const asked: EnrolmentFilters = {
    ...debounced,
    q: debounced.q?.trim() || undefined,
    department: debounced.department?.trim() || undefined,
  };
  const enrolments = useEnrolmentList(program.id, asked);
  const countsQuery = useEnrolmentCountsQuery(program.id);
  const [toWithdraw, setToWithdraw] = useState<Enrolment | null>(null);
  const withdraw = useWithdrawEnrolment(program, () => setToWithdraw(null));
  const narrowed = asked.q !== undefined || asked.department !== undefined;
  const total = narrowed ? undefined : countFor(countsQuery.data, asked.status ?? 'active', asked.role);
  const nobodyAtAll = countsQuery.data !== undefined && countFor(countsQuery.data, 'all', undefined) === 0;

  return (
    <Stack component="section" aria-labelledby="enrolments-heading" gap="md">
      <Title order={2} id="enrolments-heading">
        Enrolments
      </Title>
      {program.canManage ? <EnrolForm program={program} /> : null}
      <Paper withBorder p="md">
        <Stack gap="md">
          {countsQuery.data ? <CountsLine counts={countsQuery.data} canManage={program.canManage} /> : null}
          <EnrolmentFiltersBar value={filters} onChange={setFilters} counts={countsQuery.data} canManage={program.canManage} />
          {enrolments.isPending ? <PageLoader label="Loading enrolments" /> : null}
          {enrolments.isError ? <ErrorState error={enrolments.error} onRetry={enrolments.refetch} /> : null}
          {enrolments.isSuccess && enrolments.items.length === 0 ? (
            <EmptyNote title={nobodyAtAll ? 'Nobody is enrolled yet' : 'Nobody matches these filters'}>
              {program.canManage
                ? 'Use the form above to enrol mentors, mentees, supervisors and coordinators.'
                : 'The program’s coordinators enrol participants.'}
            </EmptyNote>
          ) : null}
          {enrolments.items.length > 0 ? (
            <>
              <EnrolmentsTable
                enrolments={enrolments.items}
                caption={`People enrolled in ${program.name}, by name`}
                canManage={program.canManage}
                onWithdraw={setToWithdraw}
              />
              <LoadMore list={enrolments} noun="enrolments" total={total} />
            </>
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
