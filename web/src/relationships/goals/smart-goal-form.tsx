import { Badge, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import type { ReactNode } from 'react';
import { limits } from '../../../../shared/limits.ts';
import type { SmartWarning } from '../../../../shared/schemas/index.ts';
import { SubmitProblemAlert, useSubmitProblem } from '../../forms/use-submit-problem.tsx';
import { smartFields } from './goal-labels.ts';
import { dateRanges } from '../../../../shared/limits.ts';
import { dateInputBounds } from '../../forms/date-bounds.ts';

/** The goal's wording as the form holds it (an empty due date is ''). */
export type GoalFormValues = { specific: string; measure: string; achievable: string; relevant: string; dueOn: string };
export const emptyGoalForm: GoalFormValues = { specific: '', measure: '', achievable: '', relevant: '', dueOn: '' };

type Props = {
  initialValues: GoalFormValues;
  /** The letters the saved wording misses, shown next to their fields. */
  warnings: SmartWarning[];
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: GoalFormValues, showError: (error: unknown) => void) => void;
  onCancel: () => void;
  children?: ReactNode;
};

function LetterLabel({ letter, label }: { letter: string; label: string }) {
  return (
    <Group gap={6} component="span" wrap="nowrap">
      <Badge component="span" size="sm" variant="filled" radius="sm" w={22} px={0} aria-hidden>
        {letter}
      </Badge>
      <span>{label}</span>
    </Group>
  );
}

/**
 * The SMART form: one field per letter. Only the outcome is required; a letter left out is
 * saved and then warned about (next to its field), never refused.
 */
export function SmartGoalForm({ initialValues, warnings, submitLabel, pending, onSubmit, onCancel, children }: Props) {
  const form = useForm<GoalFormValues>({
    initialValues,
    validate: { specific: (value) => (value.trim() === '' ? 'Say what the outcome is' : null) },
  });
  const problem = useSubmitProblem(
    form,
    smartFields.map((f) => f.field),
  );
  return (
    <form onSubmit={problem.onSubmit((values) => onSubmit(values, problem.showError))} noValidate>
      <Stack gap="md">
        <SubmitProblemAlert title="The goal was not saved" message={problem.formMessage} />
        {smartFields.map(({ field, letter, label, description }) => {
          const warning = warnings.find((w) => w.field === field);
          const hint = warning ? (
            // biome-ignore lint/correctness/useJsxKeyInIterable: a field's hint, not an item of the list (the field's input carries the key)
            <Group gap={4} wrap="nowrap" align="flex-start" c="yellow.9" component="span">
              <IconAlertTriangle size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <span>{warning.hint}</span>
            </Group>
          ) : (
            description
          );
          const common = { label: <LetterLabel letter={letter} label={label} />, description: hint, ...form.getInputProps(field) };
          return field === 'dueOn' ? (
            <TextInput key={field} type="date" {...dateInputBounds(dateRanges.plan)} {...common} w={220} />
          ) : (
            <Textarea
              key={field}
              autosize
              minRows={field === 'specific' ? 2 : 1}
              maxLength={limits.goalTextMax}
              required={field === 'specific'}
              {...common}
            />
          );
        })}
        <Text size="xs" c="dimmed">
          Missing letters do not stop you saving: the goal is kept and the gaps are pointed out, so you can refine it together.
        </Text>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
