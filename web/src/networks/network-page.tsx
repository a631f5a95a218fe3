import { ActionIcon, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconDots from '~icons/tabler/dots';
import IconPencil from '~icons/tabler/pencil';
import IconPlus from '~icons/tabler/plus';
import IconTrash from '~icons/tabler/trash';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mentoringFunctionLabels } from '../../../shared/enums.ts';
import { networkTieKindLabels, tieFrequencyLabels } from '../../../shared/network-ties.ts';
import { describeError } from '../api/api-error.ts';
import { fetchMyNetwork, myNetworkQueryKey, removeNetworkTie, type NetworkTie } from '../api/networks.api.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { DevelopmentPlanSection } from './development-plan-section.tsx';
import { FunctionsGrid } from './functions-grid.tsx';
import { NetworkMap } from './network-map.tsx';
import { NetworkMeasures } from './network-measures.tsx';
import { tieKindColors } from './tie-colors.ts';
import { TieFormModal } from './tie-form.tsx';

/**
 * My developmental network (seed 000): the people who give me mentoring functions, on and off
 * the platform, as a map and a grid, measured by coverage, range and strength, with my plan.
 * Nobody else ever sees this page's content.
 */
export function NetworkPage() {
  usePageTitle('My network');
  // Others change it too (a mentor accepting a request adds a tie): fetched again on every visit.
  const query = useQuery({ queryKey: myNetworkQueryKey, queryFn: fetchMyNetwork, staleTime: 0 });
  const [editing, setEditing] = useState<NetworkTie | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const open = (tie: NetworkTie | null) => {
    setEditing(tie);
    setFormOpen(true);
  };
  if (query.isPending) return <PageLoader label="Loading your network" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const network = query.data;
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>My network</Title>
          <Text c="dimmed" maw={720}>
            One mentor is rarely enough. These are the people who help you grow, each in their own way. Only you see this page.
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
          Add someone
        </Button>
      </Group>
      <NetworkMeasures network={network} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="map-heading">
        <Title order={2} id="map-heading" mb="sm">
          The map
        </Title>
        {network.ties.length === 0 ? (
          <EmptyNote title="Nobody in your network yet" action={<Button onClick={() => open(null)}>Add the first person</Button>}>
            Add the people who already help you: your supervisor, a senior colleague, a peer, even a friend or family member.
          </EmptyNote>
        ) : (
          <NetworkMap ties={network.ties} personName={network.person.displayName} />
        )}
      </Paper>
      {network.ties.length > 0 ? (
        <Stack component="section" aria-labelledby="grid-heading" gap="sm">
          <Title order={2} id="grid-heading">
            Who gives you what
          </Title>
          <FunctionsGrid network={network} />
        </Stack>
      ) : null}
      {network.ties.length > 0 ? <TieCards ties={network.ties} onEdit={open} /> : null}
      <DevelopmentPlanSection plan={network.plan} />
      <TieFormModal opened={formOpen} tie={editing} onClose={() => setFormOpen(false)} />
    </Stack>
  );
}

function TieCards({ ties, onEdit }: { ties: readonly NetworkTie[]; onEdit: (tie: NetworkTie) => void }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (tie: NetworkTie) => removeNetworkTie(tie.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myNetworkQueryKey }),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not remove', message: describeError(error) }),
  });
  return (
    <Stack component="section" aria-labelledby="ties-heading" gap="sm">
      <Title order={2} id="ties-heading">
        People in my network
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {ties.map((tie) => (
          <Paper
            key={tie.id}
            withBorder
            p="md"
            radius="md"
            style={{ borderLeft: `4px solid var(--mantine-color-${tieKindColors[tie.kind]}-6)`, opacity: tie.past ? 0.7 : 1 }}
            aria-label={tie.name}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={650}>{tie.name}</Text>
                <Group gap={4}>
                  <Badge size="xs" variant="light" color={tieKindColors[tie.kind]}>
                    {networkTieKindLabels[tie.kind]}
                  </Badge>
                  <Badge size="xs" variant="outline" color="gray">
                    {tie.insideOrganization ? 'Inside' : 'Outside'}
                  </Badge>
                  {tie.source === 'relationship' ? (
                    <Badge size="xs" variant="light" color="gray">
                      {tie.past ? 'Past relationship' : 'Relationship'}
                    </Badge>
                  ) : null}
                </Group>
              </Stack>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${tie.name}`}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(tie)}>
                    Edit
                  </Menu.Item>
                  {tie.source === 'manual' ? (
                    <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => remove.mutate(tie)}>
                      Remove
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            </Group>
            <Text size="sm" mt="xs">
              {tie.functions.map((fn) => mentoringFunctionLabels[fn]).join(', ') || 'No functions yet'}
            </Text>
            {tie.reciprocity ? (
              <Text size="sm" mt={4} data-testid="tie-reciprocity">
                ⇄ {tie.reciprocity.direction === 'you_give' ? 'You give in return' : 'They give you'}: {tie.reciprocity.offer}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={4}>
              {tie.strengthLevel} tie · {tieFrequencyLabels[tie.frequency].toLowerCase()}
              {tie.note ? ` · ${tie.note}` : ''}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
