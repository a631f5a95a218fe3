import { Button, Grid, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { programRoleLabels, programRoles, type ProgramRole } from '../../../shared/enums.ts';
import type { Person, Program } from '../../../shared/schemas/index.ts';
import { fetchPeople, peopleQueryKey } from '../api/people.api.ts';
import { useEnrolPerson } from './use-enrolment-mutations.ts';

const roleOptions = programRoles.map((role) => ({ value: role, label: programRoleLabels[role] }));
const searchLimit = 20;

function personLabel(person: Person): string {
  return `${person.displayName} (${person.email})`;
}

function isProgramRole(value: string | null): value is ProgramRole {
  return programRoles.some((role) => role === value);
}

/** Pick a person (searched on the server as you type) and a role, then enrol them. */
export function EnrolForm({ program }: { program: Program }) {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Person | null>(null);
  const [role, setRole] = useState<ProgramRole>('mentee');
  const [personError, setPersonError] = useState<string | null>(null);
  const selectedLabel = selected ? personLabel(selected) : null;
  // Once a person is picked the box shows their label; searching for it would hide everyone else.
  const [debouncedSearch] = useDebouncedValue(search === selectedLabel ? '' : search, 250);

  const peopleQuery = useQuery({
    queryKey: peopleQueryKey(debouncedSearch, searchLimit),
    queryFn: () => fetchPeople(debouncedSearch, searchLimit),
    placeholderData: (previous) => previous,
  });

  const people = useMemo(() => {
    const found = peopleQuery.data ?? [];
    return selected && !found.some((person) => person.id === selected.id) ? [selected, ...found] : found;
  }, [peopleQuery.data, selected]);
  const options = people.map((person) => ({ value: person.id, label: personLabel(person) }));

  const enrol = useEnrolPerson(program, () => {
    setSelected(null);
    setSearch('');
  });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) {
      setPersonError('Choose a person to enrol');
      return;
    }
    enrol.mutate({ personId: selected.id, role });
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="enrol-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="enrol-heading">
          Enrol people
        </Title>
        <Text size="sm" c="dimmed">
          Search by name or email, choose the role they will hold in this program, and enrol them.
        </Text>
        <form noValidate onSubmit={submit}>
          <Grid align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Person"
                placeholder="Type a name or email"
                searchable
                clearable
                data={options}
                value={selected?.id ?? null}
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options: unfiltered }) => unfiltered}
                onChange={(personId) => {
                  setPersonError(null);
                  setSelected(people.find((person) => person.id === personId) ?? null);
                }}
                nothingFoundMessage={peopleQuery.isFetching ? 'Searching…' : 'Nobody found'}
                error={personError ?? (peopleQuery.isError ? 'Could not load people' : undefined)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label="Role"
                data={roleOptions}
                value={role}
                allowDeselect={false}
                onChange={(value) => {
                  if (isProgramRole(value)) setRole(value);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Button type="submit" fullWidth loading={enrol.isPending} leftSection={<IconUserPlus size={16} aria-hidden />}>
                Enrol
              </Button>
            </Grid.Col>
          </Grid>
        </form>
      </Stack>
    </Paper>
  );
}
