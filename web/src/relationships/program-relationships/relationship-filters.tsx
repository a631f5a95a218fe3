import { Group, Select } from '@mantine/core';
import { relationshipStageLabels, relationshipStages } from '../../../../shared/enums.ts';
import {
  type ProgramRelationshipSort,
  programRelationshipSorts,
  relationshipRisks,
} from '../../../../shared/schemas/program-relationships.ts';
import type { ProgramRelationshipFilters } from '../../api/program-relationships.api.ts';
import { PersonSelect } from '../../forms/person-select.tsx';
import { FilterSelect } from '../../layout/filter-select.tsx';
import { SearchInput } from '../../layout/search-input.tsx';

const statuses = ['active', 'closed'] as const;
const statusLabels = { active: 'Active', closed: 'Closed' } as const;
const riskLabels = { at_risk: 'At risk', on_track: 'On track' } as const;
const touchDays = ['14', '30', '60', '90'] as const;
const touchLabels = { 14: '14 days or more', 30: '30 days or more', 60: '60 days or more', 90: '90 days or more' } as const;
const sortLabels: Record<ProgramRelationshipSort, string> = {
  name: 'Names',
  last_touch: 'Longest without a touch point',
  started: 'Newest first',
};

type Picked = { id: string; label: string } | null;

interface RelationshipFiltersProps {
  value: ProgramRelationshipFilters;
  onChange: (next: ProgramRelationshipFilters) => void;
  /** The mentor filtered on, with the name the picker shows. */
  mentor: Picked;
  onMentorChange: (mentor: Picked) => void;
}

/** Search, filters and order of a program's relationships; each change asks the server for a new first page. */
export function RelationshipFiltersBar({ value, onChange, mentor, onMentorChange }: RelationshipFiltersProps) {
  const touched = touchDays.find((days) => Number(days) === value.lastTouchBefore);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label="Search"
        placeholder="Mentor or mentee name"
        value={value.q}
        onChange={(q) => onChange({ ...value, q })}
        width={240}
      />
      <div style={{ width: 'min(100%, 240px)' }}>
        <PersonSelect label="Mentor" value={mentor} onChange={onMentorChange} />
      </div>
      <FilterSelect
        label="Stage"
        values={relationshipStages}
        labels={relationshipStageLabels}
        value={value.stage}
        onChange={(stage) => onChange({ ...value, stage })}
        width={150}
      />
      <FilterSelect
        label="Status"
        values={statuses}
        labels={statusLabels}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        width={120}
      />
      <FilterSelect
        label="Risk"
        values={relationshipRisks}
        labels={riskLabels}
        value={value.risk}
        onChange={(risk) => onChange({ ...value, risk })}
        width={130}
      />
      <FilterSelect
        label="No touch point for"
        placeholder="Any time"
        values={touchDays}
        labels={touchLabels}
        value={touched}
        onChange={(days) => onChange({ ...value, lastTouchBefore: days === undefined ? undefined : Number(days) })}
        width={170}
      />
      <Select
        label="Order"
        data={programRelationshipSorts.map((sort) => ({ value: sort, label: sortLabels[sort] }))}
        value={value.sort ?? 'name'}
        allowDeselect={false}
        onChange={(sort) => onChange({ ...value, sort: programRelationshipSorts.find((known) => known === sort) })}
        w={{ base: '100%', xs: 230 }}
      />
    </Group>
  );
}
