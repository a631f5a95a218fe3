import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { limits } from '../../../../shared/limits.ts';
import { SubmitProblemAlert, useSubmitProblem } from '../../forms/use-submit-problem.tsx';
import { AudienceSwitch } from './audience-switch.tsx';

export type LearningLogFormValues = { tried: string; happened: string; learned: string; shared: boolean };
export const emptyLearningLogForm: LearningLogFormValues = { tried: '', happened: '', learned: '', shared: false };

type Props = {
  initialValues: LearningLogFormValues;
  partnerName: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: LearningLogFormValues, showError: (error: unknown) => void, reset: () => void) => void;
  onCancel?: () => void;
};

/** What I tried, what happened, what I learned; and who will see it (private unless shared). */
export function LearningLogForm({ initialValues, partnerName, submitLabel, pending, onSubmit, onCancel }: Props) {
  const form = useForm<LearningLogFormValues>({
    initialValues,
    validate: { tried: (v) => (v.trim() === '' ? 'Say what you tried' : null) },
  });
  const problem = useSubmitProblem(form, ['tried', 'happened', 'learned', 'shared']);
  const text = { autosize: true, minRows: 2, maxLength: limits.learningLogTextMax };
  return (
    <form onSubmit={problem.onSubmit((values) => onSubmit(values, problem.showError, () => form.reset()))} noValidate>
      <Stack gap="sm">
        <SubmitProblemAlert title="The entry was not saved" message={problem.formMessage} />
        <Textarea
          label="What I tried"
          required
          placeholder="e.g. I asked open questions before offering advice"
          {...text}
          {...form.getInputProps('tried')}
        />
        <Textarea label="What happened" {...text} {...form.getInputProps('happened')} />
        <Textarea label="What I learned" {...text} {...form.getInputProps('learned')} />
        <AudienceSwitch shared={form.values.shared} partnerName={partnerName} onChange={(shared) => form.setFieldValue('shared', shared)} />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
