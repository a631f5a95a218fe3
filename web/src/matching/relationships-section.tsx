import { Anchor, Badge, Paper, Stack, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Program } from '../../../shared/schemas/index.ts';
import { ApiError } from '../api/api-error.ts';
import { DataTable } from '../layout/data-table.tsx';
import { formatDate } from '../layout/format.ts';
import { ErrorState } from '../layout/query-state.tsx';
import { relationshipSourceLabels } from './matching-labels.ts';
import { useRelationshipsQuery } from './use-matching-queries.ts';

/**
 * The program's mentoring relationships: all of them for coordinators, one's own for participants.
 * Hidden when there are none.
 */
export function RelationshipsSection({ program }: { program: Program }) {
  const isParticipant = program.myRoles.includes('mentor') || program.myRoles.includes('mentee');
  const visible = program.canManage || isParticipant;
  const relationshipsQuery = useRelationshipsQuery(program.id, visible);
  if (!visible) return null;
  if (relationshipsQuery.isError) {
    if (relationshipsQuery.error instanceof ApiError && relationshipsQuery.error.status === 403) return null;
    return (
      <ErrorState title="Could not load relationships" error={relationshipsQuery.error} onRetry={() => void relationshipsQuery.refetch()} />
    );
  }
  const relationships = relationshipsQuery.data ?? [];
  if (relationships.length === 0) return null;
  const title = program.canManage ? 'Relationships' : 'Your mentoring relationships';

  return (
    <Stack component="section" aria-labelledby="relationships-heading" gap="md">
      <Title order={2} id="relationships-heading">
        {title}
      </Title>
      <Paper withBorder p="xs">
        <DataTable minWidth={560} striped verticalSpacing="xs" columns={['Mentor', 'Mentee', 'Source', 'Started', 'Status']}>
          {relationships.map((relationship) => (
            <Table.Tr key={relationship.id}>
              <Table.Td>
                <Anchor component={Link} to={`/relationships/${relationship.id}`}>
                  {relationship.mentorName}
                </Anchor>
              </Table.Td>
              <Table.Td>{relationship.menteeName}</Table.Td>
              <Table.Td>{relationshipSourceLabels[relationship.source]}</Table.Td>
              <Table.Td>{formatDate(relationship.startedAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={relationship.status === 'active' ? 'teal' : 'gray'}>
                  {relationship.status === 'active' ? 'Active' : 'Closed'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Paper>
    </Stack>
  );
}
