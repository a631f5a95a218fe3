import { Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { auditActions, type AuditFilter } from '../../../shared/schemas/audit.ts';
import { fetchPeople, peopleQueryKey } from '../api/people.api.ts';
import { auditActionLabels } from './audit-labels.ts';
import { dateRanges } from '../../../shared/limits.ts';
import { dateInputBounds } from '../forms/date-bounds.ts';

const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabels[action] }));
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
}

/** Action, actor, target and date range filters of the audit log. */
export function AuditFilters({ filter, onChange }: AuditFiltersProps) {
  const peopleQuery = useQuery({ queryKey: peopleQueryKey('', 200), queryFn: () => fetchPeople('', 200) });
  const actorOptions = (peopleQuery.data ?? []).map((person) => ({ value: person.id, label: `${person.displayName} (${person.email})` }));
  const set = (change: Partial<AuditFilter>) => {
    const next: AuditFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as Array<keyof AuditFilter>) if (!next[key]) delete next[key];
    onChange(next);
  };
  const targetInvalid = filter.targetId !== undefined && !uuidPattern.test(filter.targetId);

  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filter the audit log">
      <Select
        label="Action"
        placeholder="Any action"
        data={actionOptions}
        value={filter.action ?? null}
        onChange={(value) => set({ action: (value ?? undefined) as AuditFilter['action'] })}
        clearable
        searchable
        w={240}
      />
      <Select
        label="Actor"
        placeholder="Anyone"
        data={actorOptions}
        value={filter.actorId ?? null}
        onChange={(value) => set({ actorId: value ?? undefined })}
        clearable
        searchable
        w={280}
      />
      <TextInput
        label="Target id"
        placeholder="A person, program or relationship id"
        value={filter.targetId ?? ''}
        onChange={(event) => set({ targetId: event.currentTarget.value.trim() || undefined })}
        error={targetInvalid ? 'Paste a full id' : undefined}
        w={300}
      />
      <TextInput
        label="From"
        type="date"
        {...dateInputBounds(dateRanges.history)}
        value={filter.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value || undefined })}
        w={160}
      />
      <TextInput
        label="To"
        type="date"
        {...dateInputBounds(dateRanges.history)}
        value={filter.to ?? ''}
        onChange={(event) => set({ to: event.currentTarget.value || undefined })}
        w={160}
      />
      <Button variant="subtle" onClick={() => onChange({})} disabled={Object.keys(filter).length === 0}>
        Clear filters
      </Button>
    </Group>
  );
}

/** Whether the filter can be sent as it is (a half-typed target id is held back). */
export function isCompleteFilter(filter: AuditFilter): boolean {
  return filter.targetId === undefined || uuidPattern.test(filter.targetId);
}
