import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { mentoringFunctionLabels } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { PlanCommentKind } from '../../../shared/schemas/index.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { commentOnPlan, fetchSupervisedPlan, supervisedPlanQueryKey } from '../api/networks.api.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { PlanComments } from './plan-comments.tsx';

/** A supervisor reads a development plan shared with them and adds encouragement or suggestions. */
export function SupervisedPlanPage() {
  const { personId = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: supervisedPlanQueryKey(personId), queryFn: () => fetchSupervisedPlan(personId) });
  const [kind, setKind] = useState<PlanCommentKind>('encouragement');
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () => commentOnPlan(personId, { kind, body }),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: supervisedPlanQueryKey(personId) });
    },
  });
  usePageTitle(query.data ? `${query.data.person.displayName}’s development plan` : 'Development plan');
  if (query.isPending) return <PageLoader label="Loading the plan" />;
  if (query.isError) return <ErrorState title="This plan is not shared with you" error={query.error} />;
  const plan = query.data;
  const problem = send.isError ? toSubmitProblem(send.error, ['body', 'kind']) : null;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{plan.person.displayName}’s development plan</Title>
        <Text c="dimmed">Shared with you as their supervisor. Their network stays private to them.</Text>
      </Stack>
      {plan.needs.length === 0 ? <Text c="dimmed">No needs written yet.</Text> : null}
      {plan.needs.map((need, index) => (
        <Paper key={need.id} withBorder p="md" radius="md">
          <Text fw={650}>
            {index + 1}. {need.text}
          </Text>
          {need.transition ? (
            <Text size="sm" c="dimmed">
              Transition: {need.transition}
            </Text>
          ) : null}
          <Group gap={4} mt="xs">
            {need.functions.map((fn) => (
              <Badge key={fn} variant="light">
                {mentoringFunctionLabels[fn]}
              </Badge>
            ))}
            {need.expertiseAreas.map((area) => (
              <Badge key={area} variant="outline" color="gray">
                {area}
              </Badge>
            ))}
          </Group>
        </Paper>
      ))}
      <PlanComments comments={plan.comments} />
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Kind of comment"
              value={kind}
              onChange={(value) => setKind(value as PlanCommentKind)}
              data={[
                { value: 'encouragement', label: 'Encouragement' },
                { value: 'suggestion', label: 'Suggestion' },
              ]}
            />
            <Textarea
              label="Your comment"
              autosize
              minRows={3}
              maxLength={limits.planCommentMax}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={problem?.fieldErrors.body}
            />
            {problem?.formMessage ? <Alert color="red">{problem.formMessage}</Alert> : null}
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} disabled={body.trim() === ''}>
                Add comment
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
