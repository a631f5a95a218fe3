import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { StandardProfileQuestion } from '../../../shared/enums.ts';
import { standardQuestionLabels } from '../applications/application-labels.ts';

/** The profile questions a program asks, answered from the applicant's profile rather than here. */
export function FromProfileCard({ questions }: { questions: readonly StandardProfileQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="from-profile-heading" bg="indigo.0">
      <Stack gap="xs">
        <Title order={2} size="h4" id="from-profile-heading">
          From your profile
        </Title>
        <Text size="sm">
          The program also asks about the following. Your answers come from your profile, so keep it up to date before you submit.
        </Text>
        <List size="sm" spacing={2}>
          {questions.map((question) => (
            <List.Item key={question}>{standardQuestionLabels[question]}</List.Item>
          ))}
        </List>
        <Anchor component={Link} to="/profile" size="sm" fw={600}>
          Edit my profile
        </Anchor>
      </Stack>
    </Card>
  );
}
