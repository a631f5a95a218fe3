import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { relationshipStageLabels } from '../../../../shared/enums.ts';
import type { Program, RelationshipOverview } from '../../../../shared/schemas/index.ts';
import {
  fetchProgramRelationshipPage,
  fetchRelationshipOverview,
  type ProgramRelationshipFilters,
  programRelationshipsQueryKey,
  relationshipOverviewQueryKey,
} from '../../api/program-relationships.api.ts';
import { DataTable } from '../../layout/data-table.tsx';
import { formatDate } from '../../layout/format.ts';
import { LoadMore } from '../../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../../layout/query-state.tsx';
import { usePagedList } from '../../layout/use-paged-list.ts';
import { GoalProgress, RelationshipHealth } from './relationship-health.tsx';
import { RelationshipFiltersBar } from './relationship-filters.tsx';

/** Coordinators' counts above the table: how many, how many at risk, and the survey aggregates. */
function OverviewCounts({ overview }: { overview: RelationshipOverview }) {
  const { counts, surveySummary } = overview;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="light">{counts.active.toLocaleString()} active</Badge>
        <Badge variant="light" color="orange">
          {counts.atRisk.toLocaleString()} at risk
        </Badge>
        <Badge variant="light" color="gray">
          {counts.closed.toLocaleString()} closed
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {surveySummary
          ? `Closure surveys: ${surveySummary.answers} answers, average rating ${surveySummary.averageRating} of 5.`
          : 'Closure survey results appear once five answers exist; no answer is ever shown one by one.'}
      </Text>
    </Stack>
  );
}

/**
 * A program's relationships, a page at a time: for coordinators all of them, counted, searched
 * and filtered (stage, status, risk, last touch point, mentor); for participants their own.
 * Stage, last touch point, meetings held, goal progress and health; never notes, logs or surveys.
 * Hidden for participants without a relationship.
 */
export function ProgramRelationshipsSection({ program }: { program: Program }) {
  const isParticipant = program.myRoles.includes('mentor') || program.myRoles.includes('mentee');
  const visible = program.canManage || isParticipant;
  const [filters, setFilters] = useState<ProgramRelationshipFilters>({});
  const [mentor, setMentor] = useState<{ id: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(filters, 250);
  const asked: ProgramRelationshipFilters = { ...debounced, q: debounced.q?.trim() || undefined, mentorId: mentor?.id };
  const list = usePagedList({
    queryKey: programRelationshipsQueryKey(program.id, asked),
    fetchPage: (cursor) => fetchProgramRelationshipPage(program.id, asked, cursor),
    enabled: visible,
  });
  const overview = useQuery({
    queryKey: relationshipOverviewQueryKey(program.id),
    queryFn: () => fetchRelationshipOverview(program.id),
    enabled: program.canManage,
  });
  const filtered = Object.entries(asked).some(([key, value]) => key !== 'sort' && value !== undefined);
  if (!visible) return null;
  if (list.isError) return <ErrorState title="Could not load relationships" error={list.error} onRetry={list.refetch} />;
  // Participants see the section only when they have a relationship; coordinators always (to filter).
  if (!program.canManage && list.isSuccess && list.items.length === 0) return null;
  if (!program.canManage && list.isPending) return null;
  // Coordinators see it once the program has a relationship.
  if (program.canManage && overview.data?.counts.total === 0) return null;

  return (
    <Stack component="section" aria-labelledby="program-relationships-heading" gap="md">
      <Title order={2} id="program-relationships-heading">
        {program.canManage ? 'Relationships' : 'Your mentoring relationships'}
      </Title>
      {program.canManage ? (
        <>
          {overview.data ? <OverviewCounts overview={overview.data} /> : null}
          <RelationshipFiltersBar value={filters} onChange={setFilters} mentor={mentor} onMentorChange={setMentor} />
        </>
      ) : null}
      {list.isPending ? <PageLoader label="Loading relationships" /> : null}
      {list.isSuccess && list.items.length === 0 ? (
        <EmptyNote title={filtered ? 'No relationship matches these filters' : 'No relationships yet'} />
      ) : null}
      {list.items.length > 0 ? (
        <Paper withBorder p="xs">
          <DataTable
            minWidth={820}
            striped
            verticalSpacing="xs"
            columns={['Mentor', 'Mentee', 'Stage', 'Last touch point', 'Meetings held', 'Goal progress', 'Health']}
          >
            {list.items.map((row) => (
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
                  <GoalProgress goals={row.goals} />
                </Table.Td>
                <Table.Td>
                  <RelationshipHealth row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </Paper>
      ) : null}
      <LoadMore list={list} noun="relationships" />
    </Stack>
  );
}
