import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import IconDoorExit from '~icons/tabler/door-exit';
import IconFlagCheck from '~icons/tabler/flag-check';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { closureNextStepLabels, type ClosureState, type ClosureView, type RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { closureQueryKey, fetchClosure } from '../../api/closure.api.ts';
import { formatDate } from '../../layout/format.ts';
import { ErrorState } from '../../layout/query-state.tsx';
import { ClosureForm } from './closure-form.tsx';
import { ClosureSurveyForm } from './closure-survey-form.tsx';
import { EarlyExitModal } from './early-exit-modal.tsx';

function ClosureSummary({ closure }: { closure: ClosureView }) {
  const ended = closure.kind === 'early_exit';
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={ended ? 'orange' : 'teal'} variant="light">
            {ended ? 'Ended early' : closure.status === 'closed' ? 'Closed' : 'Closing'}
          </Badge>
          <Text size="sm" c="dimmed">
            Started by {closure.startedBy.name} on {formatDate(closure.startedAt)}
            {closure.closedAt ? ` · closed ${formatDate(closure.closedAt)}` : ''}
          </Text>
        </Group>
        {closure.nextStep ? <Text size="sm">Next: {closureNextStepLabels[closure.nextStep]}</Text> : null}
        {closure.goalOutcomes
          ?.filter((o) => o.achieved)
          .map((o) => (
            <Text key={o.goalId} size="sm">
              <b>{o.goal}:</b> {o.achieved}
            </Text>
          ))}
        {closure.mentorReflection ? (
          <Text size="sm">
            <b>Mentor’s reflection:</b> {closure.mentorReflection}
          </Text>
        ) : null}
        {closure.menteeReflection ? (
          <Text size="sm">
            <b>Mentee’s reflection:</b> {closure.menteeReflection}
          </Text>
        ) : null}
        {closure.earlyExitReason ? (
          <Text size="sm">
            <b>Reason (coordinators only):</b> {closure.earlyExitReason}
          </Text>
        ) : null}
        {closure.rematchRequested ? (
          <Badge color="grape" variant="light">
            Rematch requested
          </Badge>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The pair's part: start or finish closure, the survey once it started, and the early exit. */
function PairClosure({ relationship, state }: { relationship: RelationshipDetail; state: ClosureState }) {
  const [starting, setStarting] = useState(false);
  const [exiting, setExiting] = useState(false);
  const role = relationship.viewerRole;
  const { closure } = state;
  const active = relationship.status === 'active';
  const myTurn = closure?.status === 'started' && closure.waitingFor === role;
  return (
    <Stack gap="sm">
      {closure ? <ClosureSummary closure={closure} /> : null}
      {!closure && active && !starting ? (
        <Text size="sm">
          When most goals are met, close together: what was achieved, a reflection from each of you, and what comes next.
        </Text>
      ) : null}
      {closure?.status === 'started' && !myTurn ? (
        <Alert color="blue">Waiting for your partner to give their part of the closure.</Alert>
      ) : null}
      {active && (starting || myTurn) ? (
        <ClosureForm relationshipId={relationship.id} state={state} onDone={() => setStarting(false)} />
      ) : null}
      {active && !starting && !myTurn ? (
        <Group>
          {!closure ? (
            <Button leftSection={<IconFlagCheck size={16} aria-hidden />} onClick={() => setStarting(true)}>
              Start closure
            </Button>
          ) : null}
          <Button variant="subtle" color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setExiting(true)}>
            End early (no fault)
          </Button>
        </Group>
      ) : null}
      {closure && !closure.mySurvey ? <ClosureSurveyForm relationshipId={relationship.id} asMentee={role === 'mentee'} /> : null}
      {closure?.mySurvey ? (
        <Text size="sm" c="dimmed">
          Thank you: your closure survey is in (only you can see your answers).
        </Text>
      ) : null}
      <EarlyExitModal relationshipId={relationship.id} asMentee={role === 'mentee'} opened={exiting} onClose={() => setExiting(false)} />
    </Stack>
  );
}

/** Closure: for the pair the form, the survey and the early exit; for coordinators the shape only. */
export function ClosureSection({ relationship }: { relationship: RelationshipDetail }) {
  const query = useQuery({ queryKey: closureQueryKey(relationship.id), queryFn: () => fetchClosure(relationship.id) });
  return (
    <Stack component="section" aria-labelledby="closure-heading" gap="sm">
      <Title order={2} id="closure-heading">
        Closure
      </Title>
      {query.isError ? <ErrorState title="Could not load the closure" error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && relationship.viewerRole !== 'coordinator' ? <PairClosure relationship={relationship} state={query.data} /> : null}
      {query.data && relationship.viewerRole === 'coordinator' ? (
        query.data.closure ? (
          <ClosureSummary closure={query.data.closure} />
        ) : (
          <Text size="sm" c="dimmed">
            Not started.
          </Text>
        )
      ) : null}
    </Stack>
  );
}
