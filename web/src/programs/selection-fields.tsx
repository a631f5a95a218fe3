import { NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { mentoringApproachDescriptions, mentoringApproachLabels, mentoringApproaches } from '../../../shared/enums.ts';
import type { ProgramFormValues } from './program-form-values.ts';

const approachOptions = mentoringApproaches.map((approach) => ({ value: approach, label: mentoringApproachLabels[approach] }));

/** How the program selects people: the approach it is designed around, a mentee limit and criteria. */
export function SelectionFields({ form }: { form: UseFormReturnType<ProgramFormValues> }) {
  const approach = form.values.intendedApproach;
  return (
    <Stack component="section" aria-labelledby="selection-fields-heading" gap="md">
      <Title order={2} size="h3" id="selection-fields-heading">
        Selection
      </Title>
      <Text size="sm" c="dimmed">
        Applicants who assume a different approach are flagged to coordinators, since mismatched assumptions are the main cause of failed
        relationships.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Intended approach"
          description={approach ? mentoringApproachDescriptions[approach] : 'Optional'}
          placeholder="Not set"
          clearable
          data={approachOptions}
          key={form.key('intendedApproach')}
          {...form.getInputProps('intendedApproach')}
        />
        <NumberInput
          label="Mentee limit"
          description="Optional; accepted mentees beyond it wait in order"
          min={1}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('menteeLimit')}
          {...form.getInputProps('menteeLimit')}
        />
      </SimpleGrid>
      <TagsInput
        label="Selection criteria"
        description="Press Enter after each criterion; each application gets them as a checklist"
        maxTags={20}
        key={form.key('selectionCriteria')}
        {...form.getInputProps('selectionCriteria')}
      />
    </Stack>
  );
}
