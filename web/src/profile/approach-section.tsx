import { Alert, Button, Collapse, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import IconChevronDown from '~icons/tabler/chevron-down';
import IconChevronUp from '~icons/tabler/chevron-up';
import {
  careerOrientationLabels,
  careerOrientations,
  mentoringApproachDescriptions,
  mentoringApproachLabels,
  mentoringApproaches,
  type MentoringApproach,
} from '../../../shared/enums.ts';
import { approachStatements } from '../../../shared/schemas/index.ts';
import { ScaleInput } from '../forms/scale-input.tsx';
import type { ProfileFormValues } from './profile-form-values.ts';
import { ProfileSection } from './profile-section.tsx';

interface ApproachSectionProps {
  form: UseFormReturnType<ProfileFormValues>;
  /** The server's suggestion from the rated statements (after the last save). */
  suggestedApproach: MentoringApproach | null;
}

/** What the person assumes mentoring is, with optional statements that suggest an approach, and career orientation. */
export function ApproachSection({ form, suggestedApproach }: ApproachSectionProps) {
  const [statementsOpen, { toggle }] = useDisclosure(false);
  const ratings = form.values.approachStatements;
  return (
    <ProfileSection
      id="approach-heading"
      title="Mentoring approach"
      description="People mean different things by mentoring. Saying what you expect helps avoid mismatched assumptions."
    >
      <Radio.Group label="Mentoring approach" key={form.key('approach')} {...form.getInputProps('approach')}>
        <Stack gap="sm" mt="xs">
          {mentoringApproaches.map((approach) => (
            <Paper key={approach} withBorder p="sm" bg={form.values.approach === approach ? 'indigo.0' : undefined}>
              <Radio value={approach} label={mentoringApproachLabels[approach]} description={mentoringApproachDescriptions[approach]} />
            </Paper>
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button
          variant="subtle"
          px={0}
          onClick={toggle}
          aria-expanded={statementsOpen}
          aria-controls="approach-statements"
          rightSection={statementsOpen ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
        >
          Not sure? Rate these statements
        </Button>
      </Group>
      <Collapse expanded={statementsOpen} id="approach-statements">
        <Stack gap="md">
          {approachStatements.map((statement) => (
            <ScaleInput
              key={statement.id}
              label={statement.text}
              ends={['Disagree', 'Agree']}
              value={ratings[statement.id] ?? null}
              onChange={(value) => form.setFieldValue('approachStatements', { ...ratings, [statement.id]: value })}
            />
          ))}
          <Text size="xs" c="dimmed">
            Save your profile to see which approach your ratings suggest.
          </Text>
        </Stack>
      </Collapse>
      {suggestedApproach ? (
        <Alert color="indigo" variant="light" title={`Suggested approach: ${mentoringApproachLabels[suggestedApproach]}`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{mentoringApproachDescriptions[suggestedApproach]}</Text>
            {form.values.approach !== suggestedApproach ? (
              <Button size="xs" variant="light" onClick={() => form.setFieldValue('approach', suggestedApproach)}>
                Use the suggested approach
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      <Radio.Group
        label="Career orientation"
        description="What success in a career means to you"
        key={form.key('careerOrientation')}
        {...form.getInputProps('careerOrientation')}
      >
        <Stack gap={6} mt="xs">
          {careerOrientations.map((orientation) => (
            <Radio key={orientation} value={orientation} label={careerOrientationLabels[orientation]} />
          ))}
        </Stack>
      </Radio.Group>
    </ProfileSection>
  );
}
