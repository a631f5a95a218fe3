import {
  ActionIcon,
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import IconPlus from '~icons/tabler/plus';
import IconTrash from '~icons/tabler/trash';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mentoringFunctionLabels, mentoringFunctions, type MentoringFunction } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { myNetworkQueryKey, saveDevelopmentPlan, type DevelopmentPlan } from '../api/networks.api.ts';
import { formatDate } from '../layout/format.ts';
import { PlanComments } from './plan-comments.tsx';

type NeedDraft = { id?: string; text: string; transition: string; functions: MentoringFunction[]; expertiseAreas: string[] };
const functionOptions = mentoringFunctions.map((fn) => ({ value: fn, label: mentoringFunctionLabels[fn] }));

/**
 * The career development plan: needs (what to grow in, the transition ahead) mapped to the
 * functions and expertise that would help, which drive the network's coverage; shared with the
 * supervisor or not, with their encouragement below.
 */
export function DevelopmentPlanSection({ plan }: { plan: DevelopmentPlan }) {
  const queryClient = useQueryClient();
  const [needs, setNeeds] = useState<NeedDraft[]>(() => plan.needs.map((need) => ({ ...need })));
  const [shared, setShared] = useState(plan.sharedWithSupervisor);
  const save = useMutation({
    mutationFn: () => saveDevelopmentPlan({ needs, sharedWithSupervisor: shared }),
    onSuccess: async (saved) => {
      setNeeds(saved.needs.map((need) => ({ ...need })));
      await queryClient.invalidateQueries({ queryKey: myNetworkQueryKey });
    },
  });
  const problem = save.isError ? toSubmitProblem(save.error, ['needs', 'sharedWithSupervisor']) : null;
  const change = (index: number, patch: Partial<NeedDraft>) =>
    setNeeds((current) => current.map((need, i) => (i === index ? { ...need, ...patch } : need)));
  return (
    <Stack component="section" aria-labelledby="plan-heading" gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="plan-heading">
            My development plan
          </Title>
          <Text size="sm" c="dimmed">
            What you want to grow in and the change ahead; the functions you map here are the ones your network is measured against.
          </Text>
        </div>
        {plan.updatedAt ? (
          <Text size="xs" c="dimmed">
            Saved {formatDate(plan.updatedAt)}
          </Text>
        ) : null}
      </Group>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          {needs.map((need, index) => (
            <Paper key={need.id ?? `new-${index}`} withBorder p="md" radius="md">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Textarea
                    label={`Need ${index + 1}`}
                    placeholder="e.g. Run a budget on my own"
                    autosize
                    minRows={1}
                    style={{ flex: 1 }}
                    maxLength={limits.developmentNeedTextMax}
                    value={need.text}
                    onChange={(event) => change(index, { text: event.currentTarget.value })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={26}
                    aria-label={`Remove need ${index + 1}`}
                    onClick={() => setNeeds((current) => current.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
                <TextInput
                  label="The transition ahead"
                  placeholder="e.g. From engineer to team lead next spring"
                  maxLength={limits.developmentTransitionMax}
                  value={need.transition}
                  onChange={(event) => change(index, { transition: event.currentTarget.value })}
                />
                <Group grow align="flex-start">
                  <MultiSelect
                    label="Functions that would help"
                    data={functionOptions}
                    value={need.functions}
                    onChange={(value) => change(index, { functions: value as MentoringFunction[] })}
                  />
                  <TagsInput
                    label="Expertise areas"
                    placeholder="Type and press Enter"
                    maxTags={limits.expertiseAreasMax}
                    value={need.expertiseAreas}
                    onChange={(value) => change(index, { expertiseAreas: value })}
                  />
                </Group>
              </Stack>
            </Paper>
          ))}
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setNeeds((current) => [...current, { text: '', transition: '', functions: [], expertiseAreas: [] }])}
              disabled={needs.length >= limits.developmentNeedsMax}
            >
              Add a need
            </Button>
            <Switch
              label={plan.supervisor ? `Share with my supervisor, ${plan.supervisor.displayName}` : 'Share with my supervisor'}
              description={
                plan.supervisor
                  ? 'They see the plan and can encourage you; never your network.'
                  : 'Set your supervisor on your profile first.'
              }
              checked={shared}
              disabled={!plan.supervisor && !shared}
              onChange={(event) => setShared(event.currentTarget.checked)}
              error={problem?.fieldErrors.sharedWithSupervisor}
            />
          </Group>
          {problem?.formMessage || problem?.fieldErrors.needs ? (
            <Alert color="red" role="alert">
              {problem.fieldErrors.needs ?? problem.formMessage}
            </Alert>
          ) : null}
          {save.isSuccess ? (
            <Text size="sm" c="teal" role="status">
              Plan saved.
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save plan
            </Button>
          </Group>
        </Stack>
      </form>
      <PlanComments comments={plan.comments} />
    </Stack>
  );
}
