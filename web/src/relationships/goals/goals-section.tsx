import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconPlus from '~icons/tabler/plus';
import IconTarget from '~icons/tabler/target';
import { useState } from 'react';
import type { RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { createGoal, refineGoal, type Goal } from '../../api/goals.api.ts';
import { EmptyNote, ErrorState } from '../../layout/query-state.tsx';
import { GoalCard } from './goal-card.tsx';
import { GoalSummaryCard } from './goal-summary-card.tsx';
import { emptyGoalForm, SmartGoalForm, type GoalFormValues } from './smart-goal-form.tsx';
import { useGoalChange, useGoalSummaryQuery, useGoalsQuery } from './use-goals.ts';

const toWording = (values: GoalFormValues) => ({ ...values, dueOn: values.dueOn === '' ? null : values.dueOn });
const toForm = (goal: Goal): GoalFormValues => ({
  specific: goal.specific,
  measure: goal.measure,
  achievable: goal.achievable,
  relevant: goal.relevant,
  dueOn: goal.dueOn ?? '',
});
const savedMessage = (goal: Goal, verb: string) =>
  goal.smartWarnings.length === 0
    ? `Goal ${verb}: it is SMART.`
    : `Goal ${verb}. Still missing: ${goal.smartWarnings.map((w) => w.letter).join(', ')}.`;

function Heading() {
  return (
    <Group gap="xs">
      <IconTarget aria-hidden />
      <Title order={2} id="goals-heading">
        Goals
      </Title>
    </Group>
  );
}

/** The pair's shared SMART goals: add, refine, track progress and milestones; coordinators see figures only. */
export function GoalsSection({ relationship }: { relationship: RelationshipDetail }) {
  const pair = relationship.viewerRole !== 'coordinator';
  const goalsQuery = useGoalsQuery(relationship.id, pair);
  const summaryQuery = useGoalSummaryQuery(relationship.id, !pair);
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const editable = pair && relationship.status === 'active';
  const create = useGoalChange(
    relationship.id,
    (values: GoalFormValues) => createGoal(relationship.id, { ...toWording(values), functions: [] }),
    undefined,
    { errorsInForm: true },
  );
  const refine = useGoalChange(
    relationship.id,
    ({ goal, values }: { goal: Goal; values: GoalFormValues }) => refineGoal(relationship.id, goal.id, toWording(values)),
    undefined,
    { errorsInForm: true },
  );
  const onSaved = (goal: Goal, verb: string) => {
    setEditing(null);
    notifications.show({ color: goal.smartWarnings.length === 0 ? 'teal' : 'yellow', message: savedMessage(goal, verb) });
  };

  if (!pair) {
    return (
      <Stack component="section" aria-labelledby="goals-heading" gap="sm">
        <Heading />
        {summaryQuery.data ? <GoalSummaryCard summary={summaryQuery.data} /> : null}
        {summaryQuery.isError ? <ErrorState title="Could not load the goals" error={summaryQuery.error} /> : null}
      </Stack>
    );
  }
  const goals = goalsQuery.data ?? [];
  return (
    <Stack component="section" aria-labelledby="goals-heading" gap="md">
      <Group justify="space-between">
        <Heading />
        {editable ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            Add a goal
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        Goals you share as a pair: specific, measurable, achievable, relevant to the career plan and time-bound. Either of you can add,
        refine and update them; every change is kept in the goal’s history.
      </Text>
      {goalsQuery.isError ? (
        <ErrorState title="Could not load the goals" error={goalsQuery.error} onRetry={() => void goalsQuery.refetch()} />
      ) : null}
      {goalsQuery.isSuccess && goals.length === 0 ? (
        <EmptyNote title="No goals yet">
          Start with the outcome the mentee wants most from this relationship, then make it SMART together.
        </EmptyNote>
      ) : null}
      {goals.map((goal) => (
        <GoalCard key={goal.id} relationship={relationship} goal={goal} editable={editable} onRefine={setEditing} />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={<Text fw={650}>{editing === 'new' ? 'Add a SMART goal' : 'Refine the goal'}</Text>}
      >
        {editing !== null ? (
          <SmartGoalForm
            key={editing === 'new' ? 'new' : editing.id}
            initialValues={editing === 'new' ? emptyGoalForm : toForm(editing)}
            warnings={editing === 'new' ? [] : editing.smartWarnings}
            submitLabel={editing === 'new' ? 'Add goal' : 'Save the new wording'}
            pending={create.isPending || refine.isPending}
            onCancel={() => setEditing(null)}
            onSubmit={(values, showError) =>
              editing === 'new'
                ? create.mutate(values, { onSuccess: (goal) => onSaved(goal, 'added'), onError: showError })
                : refine.mutate({ goal: editing, values }, { onSuccess: (goal) => onSaved(goal, 'refined'), onError: showError })
            }
          >
            {editing !== 'new' ? (
              <Text size="xs" c="dimmed">
                The current wording stays in the goal’s history.
              </Text>
            ) : null}
          </SmartGoalForm>
        ) : null}
      </Modal>
    </Stack>
  );
}
