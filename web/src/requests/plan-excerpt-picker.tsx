import { Checkbox, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { mentoringFunctionLabels } from '../../../shared/enums.ts';
import { fetchMyDevelopmentPlan, myDevelopmentPlanQueryKey, type DevelopmentPlan } from '../api/networks.api.ts';

type Need = DevelopmentPlan['needs'][number];

/** The needs shown by default: those that ask for one of the request's functions. */
export function defaultPlanNeedIds(needs: readonly Need[], functions: readonly string[]): string[] {
  return needs.filter((need) => need.functions.some((fn) => functions.includes(fn))).map((need) => need.id);
}

interface PlanExcerptPickerProps {
  mentorName: string;
  functions: readonly string[];
  /** The needs chosen by hand; null until the mentee touches the list (then the default follows the functions). */
  chosen: string[] | null;
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * Which needs of the mentee's development plan go with the request, so the mentor sees what it
 * serves. Nothing is shown without the mentee's tick; the needs are copied as they read now.
 */
export function PlanExcerptPicker({ mentorName, functions, chosen, onChange, error }: PlanExcerptPickerProps) {
  const plan = useQuery({ queryKey: myDevelopmentPlanQueryKey, queryFn: fetchMyDevelopmentPlan });
  const needs = plan.data?.needs ?? [];
  if (needs.length === 0) return null;
  const value = chosen ?? defaultPlanNeedIds(needs, functions);
  return (
    <Checkbox.Group
      label={`Show ${mentorName} these needs from your development plan`}
      description="They are copied into the request as they read now; untick any you would rather keep to yourself."
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap={6} mt="xs">
        {needs.map((need) => (
          <Checkbox
            key={need.id}
            value={need.id}
            label={need.text}
            description={
              [need.transition, need.functions.map((fn) => mentoringFunctionLabels[fn]).join(', ')].filter(Boolean).join(' · ') || undefined
            }
          />
        ))}
        {value.length === 0 ? (
          <Text size="xs" c="dimmed">
            Nothing from your plan will be shown.
          </Text>
        ) : null}
      </Stack>
    </Checkbox.Group>
  );
}
