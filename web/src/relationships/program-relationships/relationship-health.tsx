import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { relationshipStageLabels } from '../../../../shared/enums.ts';
import type { Program, RelationshipOverviewRow } from '../../../../shared/schemas/index.ts';
import { fetchRelationshipOverview, relationshipOverviewQueryKey } from '../../api/relationship-overview.api.ts';
import { DataTable } from '../../layout/data-table.tsx';
import { formatDate } from '../../layout/format.ts';
import { ErrorState } from '../../layout/query-state.tsx';

function Health({ row }: { row: RelationshipOverviewRow }) {
  if (row.status === 'closed') {
    const early = row.closure?.kind === 'early_exit';
    return (
      <Tooltip label={row.closure?.earlyExitReason ?? 'Closed together'} disabled={!early} multiline w={280}>
        <Group gap={4}>
          <Badge color={early ? 'orange' : 'gray'} variant="light">
            {early ? 'Ended early' : 'Closed'}
          </Badge>
          {row.closure?.rematchRequested ? (
            <Badge color="grape" variant="light">
              Rematch
            </Badge>
          ) : null}
        </Group>
      </Tooltip>
    );
  }
  if (row.atRisk) return <Badge color="orange">At risk</Badge>;
  const hint = row.suggestions.find((s) => s.kind !== 'at_risk');
  return hint ? (
    <Tooltip label={hint.explanation} multiline w={280}>
      <Badge color="blue" variant="light">
        Signal
      </Badge>
    </Tooltip>
  ) : (
    <Badge color="teal" variant="light">
      On track
    </Badge>
  );
}

/**
 * Coordinators' table of the program's relationships: stage, last touch point, meetings held,
 * goal progress and risk. Nothing of notes, logs, agreements or surveys reaches it.
 */
export function RelationshipOverviewSection({ program }: { program: Program }) {
  const query = useQuery({
    queryKey: relationshipOverviewQueryKey(program.id),
    queryFn: () => fetchRelationshipOverview(program.id),
    enabled: program.canManage,
  });
  if (!program.canManage) return null;
  if (query.isError) return <ErrorState title="Could not load relationships" error={query.error} onRetry={() => void query.refetch()} />;
  const rows = query.data?.relationships ?? [];
  if (rows.length === 0) return null;
  const summary = query.data?.surveySummary;
  return (
    <Stack component="section" aria-labelledby="relationship-overview-heading" gap="md">
      <Title order={2} id="relationship-overview-heading">
        Relationships
      </Title>
      <Paper withBorder p="xs">
        <DataTable
          minWidth={820}
          striped
          verticalSpacing="xs"
          columns={['Mentor', 'Mentee', 'Stage', 'Last touch point', 'Meetings held', 'Goal progress', 'Health']}
        >
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor component={Link} to={`/relationships/${row.id}`}>
                  {row.mentor.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.mentee.name}</Table.Td>
              <Table.Td>{relationshipStageLabels[row.stage]}</Table.Td>
              <Table.Td>{formatDate(row.lastTouchAt)}</Table.Td>
              <Table.Td>{row.meetingsHeld}</Table.Td>
              <Table.Td miw={140}>
                {row.goals.count === 0 ? (
                  <Text size="sm" c="dimmed">
                    No goals
                  </Text>
                ) : (
                  <Stack gap={2}>
                    <Progress
                      value={row.goals.averageProgress ?? 0}
                      size="sm"
                      aria-label={`Average goal progress ${row.goals.averageProgress ?? 0}%`}
                    />
                    <Text size="xs" c="dimmed">
                      {row.goals.met} of {row.goals.count} met · {row.goals.averageProgress ?? 0}%
                    </Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Health row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Paper>
      <Text size="xs" c="dimmed">
        {summary
          ? `Closure surveys: ${summary.answers} answers, average rating ${summary.averageRating} of 5.`
          : 'Closure survey results appear once five answers exist; no answer is ever shown one by one.'}
      </Text>
    </Stack>
  );
}
