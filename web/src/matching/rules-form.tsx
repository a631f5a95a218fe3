import { Alert, Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import {
  matchingCriteria,
  programKinds,
  type MatchingRules,
  type MatchingRulesChange,
  type ProgramKind,
} from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { ApproachMatrixFields } from './approach-matrix-fields.tsx';
import { CriterionRow } from './criterion-row.tsx';
import { programKindLabels } from './matching-labels.ts';
import { useSaveRules } from './use-matching-mutations.ts';

const kindOptions = programKinds.map((kind) => ({ value: kind, label: programKindLabels[kind] }));

/** Every path the server may name in a 422, so each message lands next to its control. */
const knownFields = [
  'programKind',
  'minTimeZoneOverlapHours',
  'minSeniorityGap',
  'countDepartment',
  'allowRepeatPairs',
  ...matchingCriteria.flatMap((criterion) => [`criteria.${criterion}.mode`, `criteria.${criterion}.weight`]),
  ...[0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => `approachMatrix.${row}.${column}`)),
];

function toNumber(value: string | number, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** What this form owns: everything but the circle settings, which their own form saves. */
function ownedRules(values: MatchingRules): MatchingRulesChange {
  const { programKind, criteria, approachMatrix, minTimeZoneOverlapHours, minSeniorityGap, countDepartment, allowRepeatPairs } = values;
  return { programKind, criteria, approachMatrix, minTimeZoneOverlapHours, minSeniorityGap, countDepartment, allowRepeatPairs };
}

/** The coordinator's matching rules: criteria, program kind, thresholds and the approach matrix. */
export function RulesForm({ programId, rules }: { programId: string; rules: MatchingRules }) {
  const form = useForm<MatchingRules>({ initialValues: rules });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const save = useSaveRules(programId, (error) => {
    const problem = toSubmitProblem(error, knownFields);
    form.setErrors(problem.fieldErrors);
    setFormMessage(problem.formMessage);
  });
  // Rules saved elsewhere (the circle settings) reach an untouched form; edits in progress stay.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only new server rules reset the form (the form object is new every render)
  useEffect(() => {
    if (form.isDirty()) return;
    form.setValues(rules);
    form.resetDirty(rules);
  }, [rules]);
  const { values, errors } = form;
  const errorText = (path: string) => (typeof errors[path] === 'string' ? String(errors[path]) : undefined);

  return (
    <form
      aria-label="Matching rules"
      onSubmit={form.onSubmit((submitted) => {
        setFormMessage(null);
        save.mutate(ownedRules(submitted), {
          onSuccess: (saved) => {
            form.setValues(saved);
            form.resetDirty(saved);
          },
        });
      })}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Program kind"
            description="Reverse and learning-alliance programs trade expertise both ways and drop the seniority rule."
            data={kindOptions}
            allowDeselect={false}
            value={values.programKind}
            error={errorText('programKind')}
            onChange={(value) => {
              const kind = programKinds.find((candidate): candidate is ProgramKind => candidate === value);
              if (kind) form.setFieldValue('programKind', kind);
            }}
          />
          <NumberInput
            label="Minimum time-zone overlap (hours)"
            description="Shared working hours a day when the time-zone criterion is required."
            min={0}
            max={8}
            step={0.5}
            value={values.minTimeZoneOverlapHours}
            error={errorText('minTimeZoneOverlapHours')}
            onChange={(value) => form.setFieldValue('minTimeZoneOverlapHours', toNumber(value, 0))}
          />
          <NumberInput
            label="Minimum seniority gap"
            description="Levels the mentor is above the mentee in standard programs."
            min={0}
            max={19}
            allowDecimal={false}
            value={values.minSeniorityGap}
            error={errorText('minSeniorityGap')}
            onChange={(value) => form.setFieldValue('minSeniorityGap', toNumber(value, 0))}
          />
          <Stack gap="sm" justify="center">
            <Switch label="Count department as common ground" {...form.getInputProps('countDepartment', { type: 'checkbox' })} />
            <Switch label="Allow repeat pairs" {...form.getInputProps('allowRepeatPairs', { type: 'checkbox' })} />
          </Stack>
        </SimpleGrid>
        <Divider />
        <Title order={3} size="h5">
          Criteria
        </Title>
        <Stack gap={0}>
          {matchingCriteria.map((criterion) => (
            <CriterionRow
              key={criterion}
              criterion={criterion}
              rule={values.criteria[criterion]}
              modeError={errorText(`criteria.${criterion}.mode`)}
              weightError={errorText(`criteria.${criterion}.weight`)}
              onChange={(rule) => form.setFieldValue(`criteria.${criterion}`, rule)}
            />
          ))}
        </Stack>
        <Divider />
        <ApproachMatrixFields
          matrix={values.approachMatrix}
          errorFor={errorText}
          onChange={(matrix) => form.setFieldValue('approachMatrix', matrix)}
        />
        {formMessage ? (
          <Alert color="red" role="alert" title="The rules were not saved">
            {formMessage}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save rules
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
