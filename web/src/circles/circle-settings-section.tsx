import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { circleSizeLimit, type CircleSettings } from '../../../shared/schemas/circles.ts';
import type { MatchingRules } from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { useSaveRules } from '../matching/use-matching-mutations.ts';
import { useMatchingRulesQuery } from '../matching/use-matching-queries.ts';

const fields = ['circles.minSize', 'circles.maxSize', 'circles.mentorsPerCircle'];

function SettingsForm({ programId, rules }: { programId: string; rules: MatchingRules }) {
  const [values, setValues] = useState<CircleSettings>(rules.circles);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const save = useSaveRules(programId, (error) => {
    const problem = toSubmitProblem(error, fields);
    setErrors(problem.fieldErrors);
    setFormMessage(problem.formMessage);
  });
  const set = (key: keyof CircleSettings) => (value: string | number) =>
    setValues({ ...values, [key]: typeof value === 'number' ? value : values[key] });
  return (
    <form
      aria-label="Circle settings"
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({});
        setFormMessage(null);
        // Only the circle settings: the rules form owns the rest, and the server keeps it.
        save.mutate({ circles: values });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label="Fewest people per circle"
            description="Mentors included"
            min={2}
            max={circleSizeLimit}
            value={values.minSize}
            onChange={set('minSize')}
            error={errors['circles.minSize']}
          />
          <NumberInput
            label="Most people per circle"
            description={`At most ${circleSizeLimit}`}
            min={2}
            max={circleSizeLimit}
            value={values.maxSize}
            onChange={set('maxSize')}
            error={errors['circles.maxSize']}
          />
          <NumberInput
            label="Mentors per circle"
            description="1 to 3"
            min={1}
            max={3}
            value={values.mentorsPerCircle}
            onChange={set('mentorsPerCircle')}
            error={errors['circles.mentorsPerCircle']}
          />
        </SimpleGrid>
        {formMessage ? (
          <Alert color="red" role="alert" title="The settings were not saved">
            {formMessage}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            Save circle settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Group programs: the size range of the circles and how many mentors lead each. */
export function CircleSettingsSection({ programId }: { programId: string }) {
  const rulesQuery = useMatchingRulesQuery(programId);
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="circle-settings-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="circle-settings-heading">
          Circles
        </Title>
        <Text size="sm" c="dimmed">
          Matching forms circles of a few mentors and several mentees, using the matching rules for each mentor–mentee pair and shared
          topics among mentees.
        </Text>
        {rulesQuery.data ? <SettingsForm programId={programId} rules={rulesQuery.data} /> : null}
      </Stack>
    </Paper>
  );
}
