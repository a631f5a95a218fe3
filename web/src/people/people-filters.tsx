import { Group } from '@mantine/core';
import { organizationRoleLabels, organizationRoles } from '../../../shared/enums.ts';
import { personStatuses, type PersonStatus } from '../../../shared/schemas/people.ts';
import type { PeopleFilters } from '../api/people.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { DepartmentFilter, SearchFilter } from '../layout/text-filters.tsx';

const statusLabels: Record<PersonStatus, string> = { active: 'Active', disabled: 'Disabled' };

interface PeopleFiltersProps {
  value: PeopleFilters;
  onChange: (next: PeopleFilters) => void;
}

/** Search and filters of the directory; each change asks the server for a new first page. */
export function PeopleFiltersBar({ value, onChange }: PeopleFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchFilter
        label="Search people"
        placeholder="Name, email, department or title"
        value={value.q}
        onChange={(q) => onChange({ ...value, q })}
      />
      <DepartmentFilter value={value.department} onChange={(department) => onChange({ ...value, department })} />
      <FilterSelect
        label="Organization role"
        values={organizationRoles}
        labels={organizationRoleLabels}
        value={value.organizationRole}
        onChange={(organizationRole) => onChange({ ...value, organizationRole })}
      />
      <FilterSelect
        label="Account"
        values={personStatuses}
        labels={statusLabels}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        width={150}
      />
    </Group>
  );
}
