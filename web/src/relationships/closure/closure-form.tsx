import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import { closureNextStepLabels, closureNextSteps, type ClosureNextStep, type ClosureState } from '../../../../shared/schemas/index.ts';
import { submitClosurePart } from '../../api/closure.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';

/**
 * My part of the closure form: what was achieved against each goal, my reflection, what comes
 * next. Prefilled with what my partner already wrote.
 */
export function ClosureForm({ relationshipId, state, onDone }: { relationshipId: string; state: ClosureState; onDone?: () => void }) {
  const queryClient = useQueryClient();
  const given = new Map((state.closure?.goalOutcomes ?? []).map((o) => [o.goalId, o.achieved]));
  const [achieved, setAchieved] = useState<Record<string, string>>(
    Object.fromEntries(state.goals.map((g) => [g.id, given.get(g.id) ?? ''])),
  );
  const [reflection, setReflection] = useState('');
  const [nextStep, setNextStep] = useState<ClosureNextStep>(state.closure?.nextStep ?? 'periodic_contact');
  const submit = useMutation({
    mutationFn: () =>
      submitClosurePart(relationshipId, {
        reflection,
        nextStep,
        goalOutcomes: state.goals.map((g) => ({ goalId: g.id, achieved: achieved[g.id] ?? '' })),
      }),
    onSuccess: async () => {
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
    },
  });
  return (
    <Stack gap="sm">
      {state.goals.map((goal) => (
        <Textarea
          key={goal.id}
          label={`What was achieved: ${goal.specific}`}
          description={`Progress ${goal.progress}% · ${goal.status}`}
          autosize
          minRows={1}
          maxLength={limits.closureTextMax}
          value={achieved[goal.id] ?? ''}
          onChange={(e) => setAchieved({ ...achieved, [goal.id]: e.currentTarget.value })}
        />
      ))}
      <Textarea
        label="Your reflection"
        description="What did you learn, and what will you take with you?"
        required
        autosize
        minRows={3}
        maxLength={limits.closureTextMax}
        value={reflection}
        onChange={(e) => setReflection(e.currentTarget.value)}
      />
      <Radio.Group label="What comes next" value={nextStep} onChange={(v) => setNextStep(v as ClosureNextStep)}>
        <Group mt={6}>
          {closureNextSteps.map((step) => (
            <Radio key={step} value={step} label={closureNextStepLabels[step]} />
          ))}
        </Group>
      </Radio.Group>
      {submit.error ? <Alert color="red">{submit.error.message}</Alert> : null}
      <Group justify="flex-end">
        <Button loading={submit.isPending} disabled={!reflection.trim()} onClick={() => submit.mutate()}>
          {state.closure ? 'Give my part and close' : 'Start closure'}
        </Button>
      </Group>
    </Stack>
  );
}
