import { Button, Card, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { mentoringApproachLabels } from '../../../shared/enums.ts';
import { fetchInterviews, interviewsQueryKey, type Interview } from '../api/applications.api.ts';
import { formatDate } from '../layout/format.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { InterviewForm, ratingLabels } from './interview-form.tsx';

function InterviewCard({ interview, onEdit }: { interview: Interview; onEdit: () => void }) {
  const ratings = (Object.keys(ratingLabels) as (keyof typeof ratingLabels)[])
    .map((field) => `${ratingLabels[field]}: ${interview[field] ?? '—'}`)
    .join(' · ');
  return (
    <Card withBorder padding="md">
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {interview.scheduledAt ? `Interview on ${formatDate(interview.scheduledAt)}` : 'Interview (not scheduled)'} ·{' '}
            {interview.interviewer}
          </Text>
          <Button size="xs" variant="subtle" onClick={onEdit}>
            Edit interview
          </Button>
        </Group>
        <Text size="sm">{ratings}</Text>
        {interview.observedApproach ? (
          <Text size="sm">Observed approach: {mentoringApproachLabels[interview.observedApproach]}</Text>
        ) : null}
        {interview.notes ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {interview.notes}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Intake interviews with notes and ratings; only the program's coordinators see this section. */
export function InterviewsSection({ applicationId }: { applicationId: string }) {
  const interviewsQuery = useQuery({ queryKey: interviewsQueryKey(applicationId), queryFn: () => fetchInterviews(applicationId) });
  const [editing, setEditing] = useState<Interview | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="interviews-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="interviews-heading">
          Intake interviews
        </Title>
        {interviewsQuery.isPending ? <PageLoader label="Loading interviews" /> : null}
        {interviewsQuery.isError ? <ErrorState error={interviewsQuery.error} onRetry={() => void interviewsQuery.refetch()} /> : null}
        {interviewsQuery.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            No interviews recorded yet.
          </Text>
        ) : null}
        {interviewsQuery.data?.map((interview) => (
          <InterviewCard key={interview.id} interview={interview} onEdit={() => setEditing(interview)} />
        ))}
        <Divider />
        <InterviewForm
          key={editing?.id ?? `new-${formKey}`}
          applicationId={applicationId}
          interview={editing}
          onDone={() => {
            setEditing(null);
            setFormKey((key) => key + 1);
          }}
        />
      </Stack>
    </Paper>
  );
}
