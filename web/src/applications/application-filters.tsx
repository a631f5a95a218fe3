import { Group, Select } from '@mantine/core';
import { applicationRoles, applicationStatuses } from '../../../shared/enums.ts';
import { applicationSorts } from '../../../shared/schemas/applications.ts';
import type { ProgramApplicationFilters } from '../api/applications.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { SearchInput } from '../layout/search-input.tsx';
import { applicationRoleLabels, applicationStatusLabels } from './application-labels.ts';

const sortLabels = { name: 'Applicant name', newest: 'Newest first' } as const;

interface ApplicationFiltersProps {
  value: ProgramApplicationFilters;
  onChange: (next: ProgramApplicationFilters) => void;
}

/** Search, status, role and order of a program's applications; each change asks the server for a new first page. */
export function ApplicationFiltersBar({ value, onChange }: ApplicationFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label="Search applicants"
        placeholder="Name or email"
        value={value.q}
        onChange={(q) => onChange({ ...value, q })}
        width={260}
      />
      <FilterSelect
        label="Status"
        placeholder="All statuses"
        values={applicationStatuses}
        labels={applicationStatusLabels}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        width={200}
      />
      <FilterSelect
        label="Role"
        values={applicationRoles}
        labels={applicationRoleLabels}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        width={140}
      />
      <Select
        label="Order"
        data={applicationSorts.map((sort) => ({ value: sort, label: sortLabels[sort] }))}
        value={value.sort ?? 'name'}
        allowDeselect={false}
        onChange={(sort) => onChange({ ...value, sort: applicationSorts.find((known) => known === sort) })}
        w={{ base: '100%', xs: 180 }}
      />
    </Group>
  );
}
