import { Checkbox, Group, NumberInput, SimpleGrid, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingChannelLabels, meetingChannels } from '../../../shared/enums.ts';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';

/** How the person likes to meet, how much time they have, and how many mentees they take at once. */
export function AvailabilitySection({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  return (
    <ProfileSection
      id="availability-heading"
      title="Availability"
      description="A mix of channels works well; aim for at least one touch point a month."
    >
      <Checkbox.Group label="Preferred channels" key={form.key('preferredChannels')} {...form.getInputProps('preferredChannels')}>
        <Group gap="lg" mt="xs">
          {meetingChannels.map((channel) => (
            <Checkbox key={channel} value={channel} label={meetingChannelLabels[channel]} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Hours a month available for mentoring"
          min={0}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('availabilityHoursPerMonth')}
          {...form.getInputProps('availabilityHoursPerMonth')}
        />
        <NumberInput
          label="How many mentees at once"
          description="Your capacity as a mentor; 0 if you do not mentor"
          min={0}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('mentorCapacity')}
          {...form.getInputProps('mentorCapacity')}
        />
      </SimpleGrid>
      <Switch
        label="Pause new mentoring requests"
        description="People cannot send you new requests while this is on; current mentees are not affected."
        key={form.key('mentoringPaused')}
        {...form.getInputProps('mentoringPaused', { type: 'checkbox' })}
      />
    </ProfileSection>
  );
}
