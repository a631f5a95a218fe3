import { SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { limits } from '../../../shared/limits.ts';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';
import { SkillTagsInput } from './skill-tags-input.tsx';

interface ExpertiseSectionProps {
  form: UseFormReturnType<ProfileFormValues>;
}

/** Education, profession and the expertise the person offers and wants, from the skills list or new. */
export function ExpertiseSection({ form }: ExpertiseSectionProps) {
  return (
    <ProfileSection id="expertise-heading" title="Education and expertise">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Education"
          placeholder="e.g. MSc Economics"
          maxLength={limits.shortTextMax}
          key={form.key('education')}
          {...form.getInputProps('education')}
        />
        <TextInput
          label="Profession"
          placeholder="e.g. Accountant"
          maxLength={limits.shortTextMax}
          key={form.key('profession')}
          {...form.getInputProps('profession')}
        />
      </SimpleGrid>
      <SkillTagsInput
        label="Expertise offered"
        description="What you can help others with"
        maxTags={limits.listMax}
        key={form.key('expertiseOffered')}
        {...form.getInputProps('expertiseOffered')}
      />
      <SkillTagsInput
        label="Expertise wanted"
        description="What you would like to learn"
        maxTags={limits.listMax}
        key={form.key('expertiseWanted')}
        {...form.getInputProps('expertiseWanted')}
      />
      <Text size="xs" c="dimmed">
        Pick from the organization’s skills list or type a new one and press Enter. New skills are suggested to the coordinators, who will
        review them before they appear for others.
      </Text>
    </ProfileSection>
  );
}
