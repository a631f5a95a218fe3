import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Person } from '../../../shared/schemas/index.ts';
import { fetchPeople, peopleQueryKey } from '../api/people.api.ts';

const searchLimit = 20;

interface PersonSelectProps {
  label: string;
  /** The chosen person's id and a name to show before the directory has loaded them. */
  value: { id: string; label: string } | null;
  onChange: (person: { id: string; label: string } | null) => void;
  error?: string | null;
  description?: string;
}

function personLabel(person: Person): string {
  return `${person.displayName} (${person.email})`;
}

/** A searchable person picker fed by the people directory (searched on the server as you type). */
export function PersonSelect({ label, value, onChange, error, description }: PersonSelectProps) {
  const [search, setSearch] = useState(value?.label ?? '');
  // Once a person is picked the box shows their label; searching for it would hide everyone else.
  const [debouncedSearch] = useDebouncedValue(search === value?.label ? '' : search, 250);
  const peopleQuery = useQuery({
    queryKey: peopleQueryKey(debouncedSearch, searchLimit),
    queryFn: () => fetchPeople(debouncedSearch, searchLimit),
    placeholderData: (previous) => previous,
  });

  const options = useMemo(() => {
    const found = (peopleQuery.data ?? []).map((person) => ({ value: person.id, label: personLabel(person) }));
    return value && !found.some((option) => option.value === value.id) ? [{ value: value.id, label: value.label }, ...found] : found;
  }, [peopleQuery.data, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a name or email"
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: unfiltered }) => unfiltered}
      onChange={(personId) => {
        const option = options.find((candidate) => candidate.value === personId);
        onChange(option ? { id: option.value, label: option.label } : null);
      }}
      nothingFoundMessage={peopleQuery.isFetching ? 'Searching…' : 'Nobody found'}
      error={error ?? (peopleQuery.isError ? 'Could not load people' : undefined)}
    />
  );
}
