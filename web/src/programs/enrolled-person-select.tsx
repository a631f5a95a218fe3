import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ProgramRole } from '../../../shared/enums.ts';
import type { DirectoryEnrolment } from '../../../shared/schemas/index.ts';
import { enrolmentsQueryKey, fetchEnrolmentsPage } from '../api/programs.api.ts';

const searchLimit = 20;

/** A person picked from a program's roster: their id, their name, and the label shown for them. */
export type EnrolledPerson = { id: string; name: string; label: string };

interface EnrolledPersonSelectProps {
  programId: string;
  /** Only people actively enrolled in this role. */
  programRole: ProgramRole;
  label: string;
  placeholder: string;
  value: EnrolledPerson | null;
  onChange: (person: EnrolledPerson | null) => void;
  error?: string | undefined;
  nothingFoundMessage: string;
}

function enrolledPersonOf(enrolment: DirectoryEnrolment): EnrolledPerson {
  const { displayName, jobTitle } = enrolment.person;
  return { id: enrolment.personId, name: displayName, label: jobTitle ? `${displayName} · ${jobTitle}` : displayName };
}

/**
 * Picks someone actively enrolled in a role, searched by name on the server as you type (a
 * program of 20,000 mentees is never loaded whole into a drop-down).
 */
export function EnrolledPersonSelect({
  programId,
  programRole,
  label,
  placeholder,
  value,
  onChange,
  error,
  nothingFoundMessage,
}: EnrolledPersonSelectProps) {
  const [search, setSearch] = useState(value?.label ?? '');
  // Once someone is picked the box shows their label; searching for it would hide everyone else.
  const [debounced] = useDebouncedValue(search === value?.label ? '' : search.trim(), 250);
  const filters = { status: 'active' as const, role: programRole, q: debounced || undefined };
  const rosterQuery = useQuery({
    queryKey: [...enrolmentsQueryKey(programId, filters), searchLimit],
    queryFn: () => fetchEnrolmentsPage(programId, filters, undefined, searchLimit),
    placeholderData: (previous) => previous,
  });
  const choices = useMemo(() => {
    const found = (rosterQuery.data?.items ?? []).map(enrolledPersonOf);
    return value && !found.some((choice) => choice.id === value.id) ? [value, ...found] : found;
  }, [rosterQuery.data, value]);

  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      data={choices.map((choice) => ({ value: choice.id, label: choice.label }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: unfiltered }) => unfiltered}
      onChange={(personId) => onChange(choices.find((choice) => choice.id === personId) ?? null)}
      nothingFoundMessage={rosterQuery.isFetching ? 'Searching…' : nothingFoundMessage}
      error={error ?? (rosterQuery.isError ? 'Could not load the program’s people' : undefined)}
    />
  );
}
