import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import IconRefresh from '~icons/tabler/refresh';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { useDeleteOverride } from './use-matching-mutations.ts';
import { useOverridesQuery } from './use-matching-queries.ts';

const kindLabels = { lock: 'Locked pair', forbid: 'Forbidden pair', exclude: 'Left out' } as const;
const kindColors = { lock: 'violet', forbid: 'red', exclude: 'gray' } as const;

interface OverridesSectionProps {
  programId: string;
  /** Group programs: circles take no locks (the server refuses them). */
  circles: boolean;
  /** Whether a run exists to re-run; before the first run only "Run matching" is offered. */
  hasRun: boolean;
  busy: boolean;
  starting: boolean;
  onRerun: () => void;
}

/** The coordinator's locks, forbidden pairs and people left out, applied on the next run. */
export function OverridesSection({ programId, circles, hasRun, busy, starting, onRerun }: OverridesSectionProps) {
  const overridesQuery = useOverridesQuery(programId);
  const remove = useDeleteOverride(programId);
  const overrides = overridesQuery.data ?? [];

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="overrides-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="overrides-heading">
            Overrides
          </Title>
          {hasRun ? (
            <Button
              variant="light"
              onClick={onRerun}
              loading={starting}
              disabled={busy}
              leftSection={<IconRefresh size={16} aria-hidden />}
            >
              Re-run matching
            </Button>
          ) : null}
        </Group>
        {overridesQuery.isPending ? <PageLoader label="Loading overrides" /> : null}
        {overridesQuery.isError ? <ErrorState error={overridesQuery.error} onRetry={() => void overridesQuery.refetch()} /> : null}
        {overridesQuery.isSuccess && overrides.length === 0 ? (
          <Text size="sm" c="dimmed">
            {circles
              ? 'No overrides. Circles are formed as a whole, so pairs cannot be locked.'
              : 'No overrides. Use a pair’s menu in the proposals to lock it, forbid it or leave someone out; then re-run.'}
          </Text>
        ) : null}
        {overrides.length > 0 ? (
          <Table verticalSpacing={4} captionSide="top">
            <caption style={{ textAlign: 'left' }}>
              <Text size="sm" c="dimmed">
                Applied on the next run.
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Override</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overrides.map((override) => (
                <Table.Tr key={override.id}>
                  <Table.Td>
                    <Badge variant="light" color={kindColors[override.kind]}>
                      {kindLabels[override.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{override.description}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${override.description}`}
                      loading={remove.isPending && remove.variables === override.id}
                      onClick={() => remove.mutate(override.id)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Paper>
  );
}
