import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CreateMatchingOverride, MatchingProposal } from '../../../shared/schemas/index.ts';
import { fetchProposalPage, runProposalsQueryKey, type ProposalFilters } from '../api/matching.api.ts';
import { ErrorState } from '../layout/query-state.tsx';
import { type CursorPages, useCursorPages } from '../layout/use-cursor-pages.ts';
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

function PageNav({ pages, first, shown, total }: { pages: CursorPages<MatchingProposal>; first: number; shown: number; total?: number }) {
  const range = shown === 0 ? 'No pairs' : `Pairs ${first.toLocaleString()}–${(first + shown - 1).toLocaleString()}`;
  return (
    <Group justify="space-between" gap="sm" p="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === undefined ? range : `${range} of ${total.toLocaleString()}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={pages.previous} disabled={!pages.hasPrevious || pages.isFetching}>
          Previous page
        </Button>
        <Button variant="default" size="xs" onClick={pages.next} disabled={!pages.hasNext || pages.isFetching}>
          Next page
        </Button>
      </Group>
    </Group>
  );
}

/** The proposed pairs, a page at a time from the server, with why each was proposed and what to watch. */
export function ProposalsTable({ runId, filters, total, canOverride, onOverride }: ProposalsTableProps) {
  const pages = useCursorPages({
    queryKey: runProposalsQueryKey(runId, filters, proposalPageSize),
    fetchPage: (cursor) => fetchProposalPage(runId, filters, proposalPageSize, cursor),
  });
  if (pages.error) return <ErrorState error={pages.error} onRetry={pages.refetch} />;
  const first = pages.pageIndex * proposalPageSize + 1;
  const nav = <PageNav pages={pages} first={first} shown={pages.items.length} total={narrowed(filters) ? undefined : total} />;
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
      {nav}
    </>
  );
}
