import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import IconArrowUp from '~icons/tabler/sort-ascending-numbers';
import IconSearch from '~icons/tabler/search';
import { useEffect, useState } from 'react';
import { matchingWarningKinds, type MatchingProposalPageQuery } from '../../../shared/schemas/index.ts';
import type { ProposalFilters } from '../api/matching.api.ts';
import { warningKindLabels } from './matching-labels.ts';

type Sort = MatchingProposalPageQuery['sort'];

const sortOptions: Array<{ value: Sort; label: string }> = [
  { value: '-score', label: 'Highest score first' },
  { value: 'score', label: 'Lowest score first' },
  { value: 'mentee', label: 'Mentee name' },
];
const warningOptions = [
  { value: 'only', label: 'With a warning' },
  { value: 'none', label: 'Without warnings' },
  ...matchingWarningKinds.map((kind) => ({ value: `kind:${kind}`, label: warningKindLabels[kind] })),
];
const lockedOptions = [
  { value: 'true', label: 'Locked only' },
  { value: 'false', label: 'Not locked' },
];

/** A text filter typed freely and sent once the typing pauses. */
function useTypedFilter(value: string | undefined, onChange: (value: string | undefined) => void) {
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  // Filters set elsewhere (the lowest-scoring button, clearing) show in the box.
  useEffect(() => setText(value ?? ''), [value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settled text sends; value and onChange follow it
  useEffect(() => {
    const next = debounced.trim() === '' ? undefined : debounced.trim();
    if (next !== value) onChange(next);
  }, [debounced]);
  return [text, setText] as const;
}

interface ProposalFiltersBarProps {
  filters: ProposalFilters;
  onChange: (filters: ProposalFilters) => void;
}

function warningValue(filters: ProposalFilters): string | null {
  if (filters.warningKind) return `kind:${filters.warningKind}`;
  return filters.warnings ?? null;
}

/** The review's filters: name, warnings, a score ceiling, department, locked, the order, and the lowest-scoring pairs in one click. */
export function ProposalFiltersBar({ filters, onChange }: ProposalFiltersBarProps) {
  const [q, setQ] = useTypedFilter(filters.q, (value) => onChange({ ...filters, q: value }));
  const [department, setDepartment] = useTypedFilter(filters.department, (value) => onChange({ ...filters, department: value }));
  const setWarnings = (value: string | null) => {
    const kind = matchingWarningKinds.find((k) => value === `kind:${k}`);
    onChange({
      ...filters,
      warnings: value === 'only' || value === 'none' ? value : undefined,
      warningKind: kind,
    });
  };
  const below = filters.maxScore === undefined ? '' : Math.round(filters.maxScore * 100);
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        label="Search by name"
        placeholder="Mentee or mentor"
        leftSection={<IconSearch aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        w={200}
      />
      <Select
        label="Warnings"
        placeholder="All pairs"
        data={warningOptions}
        value={warningValue(filters)}
        onChange={setWarnings}
        clearable
        w={210}
      />
      <NumberInput
        label="Score at most (%)"
        min={0}
        max={100}
        value={below}
        onChange={(value) =>
          onChange({
            ...filters,
            maxScore: typeof value === 'number' ? Math.min(100, Math.max(0, value)) / 100 : undefined,
            minScore: undefined,
          })
        }
        w={140}
      />
      <TextInput
        label="Department"
        placeholder="Mentee’s or mentor’s"
        value={department}
        onChange={(event) => setDepartment(event.currentTarget.value)}
        w={170}
      />
      <Select
        label="Locked"
        placeholder="All pairs"
        data={lockedOptions}
        value={filters.locked ?? null}
        onChange={(value) => onChange({ ...filters, locked: value === 'true' || value === 'false' ? value : undefined })}
        clearable
        w={130}
      />
      <Select
        label="Order"
        data={sortOptions}
        value={filters.sort ?? '-score'}
        onChange={(value) => onChange({ ...filters, sort: sortOptions.find((option) => option.value === value)?.value ?? '-score' })}
        allowDeselect={false}
        w={180}
      />
      <Button variant="light" leftSection={<IconArrowUp aria-hidden />} onClick={() => onChange({ sort: 'score' })}>
        Review the lowest-scoring pairs
      </Button>
      <Button variant="subtle" color="gray" onClick={() => onChange({})}>
        Clear filters
      </Button>
    </Group>
  );
}
