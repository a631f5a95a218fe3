import { Alert, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconAlertCircle from '~icons/tabler/alert-circle';
import IconPlus from '~icons/tabler/plus';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { standardProfileQuestions, type StandardProfileQuestion } from '../../../shared/enums.ts';
import type { IntakeForm } from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { intakeFormQueryKey, saveIntakeForm } from '../api/intake-forms.api.ts';
import { standardQuestionLabels } from '../applications/application-labels.ts';
import { CustomQuestionFields } from './custom-question-fields.tsx';
import {
  emptyQuestion,
  intakeFormToValues,
  validateIntakeForm,
  valuesToIntakeFormBody,
  type IntakeFormValues,
} from './intake-form-values.ts';

function isStandardQuestion(value: string): value is StandardProfileQuestion {
  return standardProfileQuestions.some((question) => question === value);
}

/** Coordinators choose profile questions and write their own; each save is a new version of the form. */
export function IntakeFormBuilder({ programId, current }: { programId: string; current: IntakeForm | null }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<IntakeFormValues>(() => intakeFormToValues(current));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const questions = values.customQuestions;
  const knownFields = questions.flatMap((_, index) =>
    ['label', 'kind', 'options', 'help', 'id'].map((field) => `customQuestions.${index}.${field}`),
  );

  const mutation = useMutation({
    mutationFn: () => saveIntakeForm(programId, valuesToIntakeFormBody(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(intakeFormQueryKey(programId), saved);
      notifications.show({
        color: 'teal',
        title: `Intake form saved as version ${saved.version}`,
        message: 'New applications use this version.',
      });
      await queryClient.invalidateQueries({ queryKey: ['programs'] });
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, ['standardQuestions', 'customQuestions', ...knownFields]);
      setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  function updateQuestions(next: IntakeFormValues['customQuestions']) {
    setValues((current) => ({ ...current, customQuestions: next }));
    setErrors({});
  }

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormMessage(null);
    const found = validateIntakeForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) setFormMessage('Please correct the highlighted fields.');
    else mutation.mutate();
  }

  return (
    <form noValidate onSubmit={save}>
      <Stack gap="lg">
        <Alert color="blue" variant="light" title={current ? `Version ${current.version}` : 'No intake form yet'}>
          Saving creates a new version. People who already applied keep the version they answered, and their answers stay readable.
        </Alert>
        {formMessage ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="The intake form was not saved" role="alert">
            {formMessage}
          </Alert>
        ) : null}
        <Paper withBorder p="lg">
          <Checkbox.Group
            label="Questions from the profile"
            description="Applicants answer these in their profile; the application shows their current answers."
            value={values.standardQuestions}
            error={errors.standardQuestions}
            onChange={(next) => setValues((current) => ({ ...current, standardQuestions: next.filter(isStandardQuestion) }))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="sm" spacing="xs">
              {standardProfileQuestions.map((question) => (
                <Checkbox key={question} value={question} label={standardQuestionLabels[question]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="custom-questions-heading">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h4" id="custom-questions-heading">
                Your own questions
              </Title>
              <Badge variant="light" color="gray">
                {questions.length} of 50
              </Badge>
            </Group>
            {questions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No questions of your own yet.
              </Text>
            ) : null}
            {questions.map((question, index) => (
              <CustomQuestionFields
                key={question.id}
                index={index}
                count={questions.length}
                question={question}
                errors={errors}
                onChange={(changed) => updateQuestions(questions.map((candidate, at) => (at === index ? changed : candidate)))}
                onRemove={() => updateQuestions(questions.filter((_, at) => at !== index))}
                onMove={(offset) => {
                  const next = [...questions];
                  const [moved] = next.splice(index, 1);
                  if (moved) next.splice(index + offset, 0, moved);
                  updateQuestions(next);
                }}
              />
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={questions.length >= 50}
                onClick={() => updateQuestions([...questions, emptyQuestion(questions)])}
              >
                Add question
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            Save intake form
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
