import { Button, Grid, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { PersonSelect } from './person-select.tsx';

export interface ChosenPerson {
  id: string;
  label: string;
}

interface PersonRoleFormProps<Role extends string> {
  /** The section's heading, its id (for aria-labelledby) and level. */
  heading: string;
  headingId: string;
  headingOrder: 2 | 3;
  description: string;
  /** The chosen person; the parent owns it so that it can clear it once the submit succeeds. */
  person: ChosenPerson | null;
  onPersonChange: (person: ChosenPerson | null) => void;
  /** Shown next to the person box when the form is submitted without a person. */
  missingPersonMessage: string;
  roles: readonly Role[];
  roleLabels: Record<Role, string>;
  defaultRole: Role;
  submitLabel: string;
  submitIcon: ReactNode;
  submitting: boolean;
  onSubmit: (personId: string, role: Role) => void;
}

/** A section with a person picker, a role select and a submit button (enrol someone, invite someone to apply). */
export function PersonRoleForm<Role extends string>({
  heading,
  headingId,
  headingOrder,
  description,
  person,
  onPersonChange,
  missingPersonMessage,
  roles,
  roleLabels,
  defaultRole,
  submitLabel,
  submitIcon,
  submitting,
  onSubmit,
}: PersonRoleFormProps<Role>) {
  const [role, setRole] = useState<Role>(defaultRole);
  const [personError, setPersonError] = useState<string | null>(null);
  const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h4" id={headingId}>
          {heading}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!person) {
              setPersonError(missingPersonMessage);
              return;
            }
            onSubmit(person.id, role);
          }}
        >
          <Grid align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PersonSelect
                label="Person"
                value={person}
                error={personError}
                onChange={(next) => {
                  setPersonError(null);
                  onPersonChange(next);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label="Role"
                data={roleOptions}
                value={role}
                allowDeselect={false}
                onChange={(value) => {
                  const chosen = roles.find((candidate) => candidate === value);
                  if (chosen !== undefined) setRole(chosen);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Button type="submit" fullWidth loading={submitting} leftSection={submitIcon}>
                {submitLabel}
              </Button>
            </Grid.Col>
          </Grid>
        </form>
      </Stack>
    </Paper>
  );
}
