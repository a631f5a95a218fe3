import { Group, TextInput } from '@mantine/core';
import IconSearch from '~icons/tabler/search';
import { organizationRoleLabels, organizationRoles } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { personStatuses, type PersonStatus } from '../../../shared/schemas/people.ts';
import type { PeopleFilters } from '../api/people.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';

const statusLabels: Record<PersonStatus, string> = { active: 'Active', disabled: 'Disabled' };

interface PeopleFiltersProps {
  value: PeopleFilters;
  onChange: (next: PeopleFilters) => void;
}

/** Search and filters of the directory; each change asks the server for a new first page. */
export function PeopleFiltersBar({ value, onChange }: PeopleFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search people"
        placeholder="Name, email, department or title"
        type="search"
        maxLength={limits.listSearchMax}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q ?? ''}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        w={{ base: '100%', sm: 300 }}
      />
      <TextInput
        label="Department"
        placeholder="Any"
        maxLength={limits.shortTextMax}
        value={value.department ?? ''}
        onChange={(event) => onChange({ ...value, department: event.currentTarget.value || undefined })}
        w={{ base: '100%', xs: 180 }}
      />
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
