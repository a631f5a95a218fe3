import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Answers, IntakeForm } from '../../../shared/schemas/index.ts';
import { formatDate } from '../layout/format.ts';

type AnswerValue = Answers[string];

function formatAnswer(kind: string, value: AnswerValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return 'Not answered';
  if (Array.isArray(value)) return value.join(', ');
  if (kind === 'scale') return `${value} of 5`;
  if (kind === 'date' && typeof value === 'string') return formatDate(value);
  return String(value);
}

/**
 * The applicant's answers, read against the form version they answered (so questions removed or
 * reworded since then still show what was asked).
 */
export function AnswersList({ answers, intakeForm }: { answers: Answers; intakeForm: IntakeForm | null }) {
  const questions = intakeForm?.customQuestions ?? [];
  const known = new Set(questions.map((question) => question.id));
  const extra = Object.keys(answers).filter((id) => !known.has(id));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="answers-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="answers-heading">
            Answers
          </Title>
          {intakeForm ? (
            <Badge variant="light" color="gray">
              Intake form version {intakeForm.version}
            </Badge>
          ) : null}
        </Group>
        {questions.length === 0 && extra.length === 0 ? (
          <Text size="sm" c="dimmed">
            The intake form had no questions of its own; the applicant’s profile answers the standard questions.
          </Text>
        ) : null}
        <Stack gap="sm" component="dl" m={0}>
          {questions.map((question) => {
            const text = formatAnswer(question.kind, answers[question.id]);
            return (
              <div key={question.id}>
                <Text component="dt" size="sm" fw={600}>
                  {question.label}
                </Text>
                <Text component="dd" m={0} size="sm" c={text === 'Not answered' ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Text>
              </div>
            );
          })}
          {extra.map((id) => (
            <div key={id}>
              <Text component="dt" size="sm" fw={600}>
                {id}
              </Text>
              <Text component="dd" m={0} size="sm">
                {formatAnswer('', answers[id])}
              </Text>
            </div>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
