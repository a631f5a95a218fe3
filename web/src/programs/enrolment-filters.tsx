import { Group, SegmentedControl } from '@mantine/core';
import { programRoles, type ProgramRole } from '../../../shared/enums.ts';
import { type EnrolmentStatusFilter, enrolmentStatusFilters, type EnrolmentStatusCounts } from '../../../shared/schemas/index.ts';
import type { EnrolmentFilters } from '../api/programs.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { DepartmentFilter, SearchFilter } from '../layout/text-filters.tsx';
import { programRolePluralLabels } from './program-labels.ts';

const statusLabels: Record<EnrolmentStatusFilter, string> = { active: 'Active', withdrawn: 'Withdrawn', all: 'Active and withdrawn' };

/** How many enrolments a role (or every role) has in the chosen status, from the server's counts. */
export function countFor(
  counts: EnrolmentStatusCounts | undefined,
  status: EnrolmentStatusFilter,
  role: ProgramRole | undefined,
): number | undefined {
  if (!counts) return undefined;
  const statuses: ReadonlyArray<'active' | 'withdrawn'> = status === 'all' ? ['active', 'withdrawn'] : [status];
  const roles: readonly ProgramRole[] = role === undefined ? programRoles : [role];
  let sum = 0;
  for (const counted of statuses) for (const counting of roles) sum += counts[counted][counting];
  return sum;
}

interface EnrolmentFiltersProps {
  value: EnrolmentFilters;
  onChange: (next: EnrolmentFilters) => void;
  counts: EnrolmentStatusCounts | undefined;
  /** Only those who manage the program may see withdrawn enrolments. */
  canManage: boolean;
}

/** The roster's role tabs (with counts), name search, department and, for managers, status. */
export function EnrolmentFiltersBar({ value, onChange, counts, canManage }: EnrolmentFiltersProps) {
  const status = value.status ?? 'active';
  const label = (role: ProgramRole | undefined, name: string) => {
    const count = countFor(counts, status, role);
    return count === undefined ? name : `${name} (${count.toLocaleString()})`;
  };
  return (
    <>
      <SegmentedControl
        aria-label="Filter enrolments"
        data={[
          { value: 'all', label: label(undefined, 'All') },
          ...programRoles.map((role) => ({ value: role, label: label(role, programRolePluralLabels[role]) })),
        ]}
        value={value.role ?? 'all'}
        onChange={(role) => onChange({ ...value, role: programRoles.find((known) => known === role) })}
        style={{ overflowX: 'auto', maxWidth: '100%' }}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchFilter label="Search by name" value={value.q} onChange={(q) => onChange({ ...value, q })} />
        <DepartmentFilter value={value.department} onChange={(department) => onChange({ ...value, department })} />
        {canManage ? (
          <FilterSelect
            label="Status"
            values={enrolmentStatusFilters}
            labels={statusLabels}
            value={value.status}
            onChange={(chosen) => onChange({ ...value, status: chosen })}
            placeholder="Active"
            width={200}
          />
        ) : null}
      </Group>
    </>
  );
}
