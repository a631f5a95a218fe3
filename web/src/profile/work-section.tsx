import { Select, SimpleGrid, TagsInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { SeniorityScale } from '../../../shared/schemas/index.ts';
import { PersonSelect } from '../forms/person-select.tsx';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';

interface WorkSectionProps {
  form: UseFormReturnType<ProfileFormValues>;
  scale: SeniorityScale | undefined;
  canPickSupervisor: boolean;
  supervisorName: string | null;
}

/** Name, role in the organization, where and when the person works, and the languages they speak. */
export function WorkSection({ form, scale, canPickSupervisor, supervisorName }: WorkSectionProps) {
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const levels = (scale?.levels ?? []).map((level) => ({ value: String(level.level), label: `${level.level}. ${level.label}` }));
  return (
    <ProfileSection
      id="work-heading"
      title="Work"
      description="Where you sit in the organization helps match people across levels and teams."
    >
      <TextInput
        label="Display name"
        required
        maxLength={limits.nameMax}
        key={form.key('displayName')}
        {...form.getInputProps('displayName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Department" maxLength={limits.shortTextMax} key={form.key('department')} {...form.getInputProps('department')} />
        <TextInput label="Job title" maxLength={limits.shortTextMax} key={form.key('jobTitle')} {...form.getInputProps('jobTitle')} />
        <Select
          label="Seniority level"
          placeholder={scale ? 'Choose a level' : 'Loading the scale…'}
          data={levels}
          clearable
          key={form.key('seniorityLevel')}
          {...form.getInputProps('seniorityLevel')}
        />
        {canPickSupervisor ? (
          <PersonSelect
            label="Supervisor"
            value={form.getValues().supervisor}
            error={typeof form.errors.supervisorId === 'string' ? form.errors.supervisorId : null}
            onChange={(person) => form.setFieldValue('supervisor', person)}
          />
        ) : supervisorName ? (
          <Text size="sm" pt={28}>
            <Text span fw={600}>
              Supervisor:{' '}
            </Text>
            {supervisorName}
          </Text>
        ) : null}
        <TextInput
          label="Location"
          placeholder="City or office"
          maxLength={limits.shortTextMax}
          key={form.key('location')}
          {...form.getInputProps('location')}
        />
        <Select
          label="Time zone"
          placeholder="Type to search, e.g. Lisbon"
          searchable
          clearable
          limit={50}
          data={timeZones}
          key={form.key('timeZone')}
          {...form.getInputProps('timeZone')}
        />
      </SimpleGrid>
      <TagsInput
        label="Languages"
        description="Press Enter after each language"
        maxTags={20}
        key={form.key('languages')}
        {...form.getInputProps('languages')}
      />
    </ProfileSection>
  );
}
