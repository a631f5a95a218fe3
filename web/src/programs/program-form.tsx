import { Button, Group, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { programStatuses, programTypeDescriptions, programTypeLabels, programTypes } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { Program } from '../../../shared/schemas/index.ts';
import { SubmitProblemAlert, useSubmitProblem } from '../forms/use-submit-problem.tsx';
import { ChecklistFields } from './checklist-fields.tsx';
import { formValuesToProgramBody, programFormFields, programFormValidation, type ProgramFormValues } from './program-form-values.ts';
import { programStatusLabels } from './program-labels.ts';
import { SelectionFields } from './selection-fields.tsx';
import { dateRanges } from '../../../shared/limits.ts';
import { dateInputBounds } from '../forms/date-bounds.ts';

interface ProgramFormProps {
  initialValues: ProgramFormValues;
  submitLabel: string;
  save: (body: ReturnType<typeof formValuesToProgramBody>) => Promise<Program>;
  onSaved: (program: Program) => void | Promise<void>;
  onCancel: () => void;
}

/** Create and edit share this form: the program's description, dates, selection and design checklist. */
export function ProgramForm({ initialValues, submitLabel, save, onSaved, onCancel }: ProgramFormProps) {
  const form = useForm<ProgramFormValues>({ initialValues, validate: programFormValidation });
  const submitProblem = useSubmitProblem(form, programFormFields);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: onSaved,
    onError: submitProblem.showError,
  });

  return (
    <form noValidate onSubmit={submitProblem.onSubmit((values) => mutation.mutate(formValuesToProgramBody(values)))}>
      <Stack gap="lg">
        <SubmitProblemAlert title="The program was not saved" message={submitProblem.formMessage} />
        <Paper withBorder p="lg">
          <Stack gap="md" component="section" aria-labelledby="about-heading">
            <Title order={2} size="h3" id="about-heading">
              About the program
            </Title>
            <TextInput label="Name" required maxLength={limits.nameMax} key={form.key('name')} {...form.getInputProps('name')} />
            <Radio.Group label="Type" required key={form.key('type')} {...form.getInputProps('type')}>
              <Stack gap="sm" mt="xs">
                {programTypes.map((type) => (
                  <Radio key={type} value={type} label={programTypeLabels[type]} description={programTypeDescriptions[type]} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group label="Status" key={form.key('status')} {...form.getInputProps('status')}>
              <Group gap="lg" mt="xs">
                {programStatuses.map((status) => (
                  <Radio key={status} value={status} label={programStatusLabels[status]} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label="Purpose"
              description="What should change for the people taking part?"
              autosize
              minRows={3}
              maxLength={limits.longTextMax}
              key={form.key('purpose')}
              {...form.getInputProps('purpose')}
            />
            <Textarea
              label="Link to organizational goals"
              description="Which strategy or goals does this program support, and how?"
              autosize
              minRows={3}
              maxLength={limits.longTextMax}
              key={form.key('organizationalGoals')}
              {...form.getInputProps('organizationalGoals')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Start date"
                type="date"
                {...dateInputBounds(dateRanges.plan)}
                key={form.key('startsOn')}
                {...form.getInputProps('startsOn')}
              />
              <TextInput
                label="End date"
                type="date"
                {...dateInputBounds(dateRanges.plan)}
                key={form.key('endsOn')}
                {...form.getInputProps('endsOn')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <SelectionFields form={form} />
        </Paper>
        <Paper withBorder p="lg">
          <ChecklistFields form={form} />
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
