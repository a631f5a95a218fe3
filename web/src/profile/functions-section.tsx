import { Checkbox, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { mentoringFunctionDescriptions, mentoringFunctionLabels, mentoringFunctions } from '../../../shared/enums.ts';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';

function FunctionsGroup({
  form,
  field,
  label,
}: {
  form: UseFormReturnType<ProfileFormValues>;
  field: 'functionsOffered' | 'functionsSought';
  label: string;
}) {
  return (
    <Checkbox.Group label={label} key={form.key(field)} {...form.getInputProps(field)}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="sm">
        {mentoringFunctions.map((mentoringFunction) => (
          <Checkbox
            key={mentoringFunction}
            value={mentoringFunction}
            label={mentoringFunctionLabels[mentoringFunction]}
            description={mentoringFunctionDescriptions[mentoringFunction]}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The mentoring functions (Kram) the person offers to others and seeks for themselves. */
export function FunctionsSection({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  return (
    <ProfileSection
      id="functions-heading"
      title="Mentoring functions"
      description="Mentors do different things for people. Choose what you can give and what you are looking for; several people can each cover a part."
    >
      <FunctionsGroup form={form} field="functionsOffered" label="Mentoring functions offered" />
      <FunctionsGroup form={form} field="functionsSought" label="Mentoring functions sought" />
    </ProfileSection>
  );
}
