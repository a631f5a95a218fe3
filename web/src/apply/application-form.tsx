import { Alert, Button, Group, Paper, Radio, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconAlertCircle from '~icons/tabler/alert-circle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applicationRoles, type ApplicationRole } from '../../../shared/enums.ts';
import type { Answers, Application, IntakeForm } from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { saveMyApplication } from '../api/applications.api.ts';
import { applicationRoleLabels } from '../applications/application-labels.ts';
import { FromProfileCard } from './from-profile-card.tsx';
import { isUnanswered, QuestionField } from './question-field.tsx';

interface ApplicationFormProps {
  programId: string;
  intakeForm: IntakeForm;
  draft: Application | null;
}

function isApplicationRole(value: string): value is ApplicationRole {
  return applicationRoles.some((role) => role === value);
}

/** Role choice, the program's own questions, and Save draft / Submit application. */
export function ApplicationForm({ programId, intakeForm, draft }: ApplicationFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<ApplicationRole | null>(draft?.role ?? null);
  const [answers, setAnswers] = useState<Answers>(draft?.answers ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const questionFields = ['role', ...intakeForm.customQuestions.map((question) => `answers.${question.id}`)];

  const save = useMutation({
    mutationFn: (submit: boolean) => saveMyApplication(programId, { role: role ?? 'mentee', answers, submit }),
    onSuccess: async (application, submit) => {
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      if (submit) {
        notifications.show({
          color: 'teal',
          title: 'Application submitted',
          message: `The coordinators of ${application.programName} will review it.`,
        });
        await navigate('/apply');
      } else {
        notifications.show({ color: 'teal', title: 'Draft saved', message: 'You can come back and submit it later.' });
      }
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, questionFields);
      setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  function send(submit: boolean) {
    setFormMessage(null);
    const found: Record<string, string> = {};
    if (!role) found.role = 'Choose whether you apply as a mentor or a mentee';
    if (submit) {
      for (const question of intakeForm.customQuestions) {
        if (question.required && isUnanswered(answers[question.id])) found[`answers.${question.id}`] = 'This question needs an answer';
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormMessage('Please correct the highlighted fields.');
      return;
    }
    save.mutate(submit);
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <Stack gap="lg">
        {formMessage ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="The application was not saved" role="alert">
            {formMessage}
          </Alert>
        ) : null}
        <Paper withBorder p="lg">
          <Radio.Group
            label="Apply as"
            required
            value={role}
            error={errors.role}
            onChange={(value) => {
              if (isApplicationRole(value)) setRole(value);
            }}
          >
            <Group gap="lg" mt="xs">
              {applicationRoles.map((option) => (
                <Radio key={option} value={option} label={applicationRoleLabels[option]} />
              ))}
            </Group>
          </Radio.Group>
        </Paper>
        <FromProfileCard questions={intakeForm.standardQuestions} />
        {intakeForm.customQuestions.length > 0 ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="questions-heading">
            <Stack gap="lg">
              <Title order={2} size="h4" id="questions-heading">
                Questions from the program
              </Title>
              {intakeForm.customQuestions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  value={answers[question.id]}
                  error={errors[`answers.${question.id}`]}
                  onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
                />
              ))}
            </Stack>
          </Paper>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" loading={save.isPending && save.variables === false} onClick={() => send(false)}>
            Save draft
          </Button>
          <Button type="submit" loading={save.isPending && save.variables === true}>
            Submit application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
