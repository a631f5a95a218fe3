import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CreateMatchingOverride } from '../../../shared/schemas/index.ts';
import { fetchProposalPage, runProposalsQueryKey, type ProposalFilters } from '../api/matching.api.ts';
import { ErrorState } from '../layout/query-state.tsx';
import { PageNav } from '../layout/page-nav.tsx';
import { useCursorPages } from '../layout/use-cursor-pages.ts';
import { ProposalRow } from './proposal-row.tsx';

interface ProposalsTableProps {
  runId: string;
  filters: ProposalFilters;
  /** The run's pairs, shown as "of N" when no filter narrows them. */
  total: number;
  canOverride: boolean;
  onOverride: (override: CreateMatchingOverride) => void;
}

const columnCount = 7;
/** Rows per page: a page of pairs is a screenful or two, and the page stays light at any run size. */
export const proposalPageSize = 25;

const captions: Record<NonNullable<ProposalFilters['sort']>, string> = {
  '-score': 'highest score first',
  score: 'lowest score first',
  mentee: 'by mentee name',
};

function narrowed(filters: ProposalFilters): boolean {
  return Object.entries(filters).some(([name, value]) => name !== 'sort' && value !== undefined);
}

/** The proposed pairs, a page at a time from the server, with why each was proposed and what to watch. */
export function ProposalsTable({ runId, filters, total, canOverride, onOverride }: ProposalsTableProps) {
  const pages = useCursorPages({
    queryKey: runProposalsQueryKey(runId, filters, proposalPageSize),
    fetchPage: (cursor) => fetchProposalPage(runId, filters, proposalPageSize, cursor),
  });
  if (pages.error) return <ErrorState error={pages.error} onRetry={pages.refetch} />;
  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-busy={pages.isFetching}>
          <VisuallyHidden component="caption">Proposed pairs, {captions[filters.sort ?? '-score']}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <VisuallyHidden>Details</VisuallyHidden>
              </Table.Th>
              <Table.Th scope="col">Mentee</Table.Th>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Score</Table.Th>
              <Table.Th scope="col" w="34%">
                Why
              </Table.Th>
              <Table.Th scope="col">Warnings</Table.Th>
              <Table.Th scope="col" w={50}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pages.items.map((proposal) => (
              <ProposalRow
                key={`${proposal.menteeId}-${proposal.mentorId}`}
                proposal={proposal}
                columnCount={columnCount}
                canOverride={canOverride}
                onOverride={onOverride}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages.isPending ? (
        <Text size="sm" c="dimmed" p="sm">
          Loading the pairs…
        </Text>
      ) : pages.items.length === 0 ? (
        <Text size="sm" c="dimmed" p="sm">
          No pair matches these filters.
        </Text>
      ) : null}
      <Box p="xs">
        <PageNav pages={pages} pageSize={proposalPageSize} noun="Pairs" total={narrowed(filters) ? undefined : total} />
      </Box>
    </>
  );
}
