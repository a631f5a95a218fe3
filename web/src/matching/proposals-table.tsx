import { Table, VisuallyHidden } from '@mantine/core';
import type { CreateMatchingOverride, MatchingProposal } from '../../../shared/schemas/index.ts';
import { ProposalRow } from './proposal-row.tsx';

interface ProposalsTableProps {
  proposals: MatchingProposal[];
  canOverride: boolean;
  onOverride: (override: CreateMatchingOverride) => void;
}

const columnCount = 7;

/** The proposed pairs, best first, with why each was proposed and what to watch. */
export function ProposalsTable({ proposals, canOverride, onOverride }: ProposalsTableProps) {
  const sorted = [...proposals].sort((a, b) => b.score - a.score || a.menteeName.localeCompare(b.menteeName));
  return (
    <Table.ScrollContainer minWidth={860} maxHeight={640}>
      <Table striped highlightOnHover verticalSpacing="xs" stickyHeader>
        <VisuallyHidden component="caption">Proposed pairs, highest score first</VisuallyHidden>
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
          {sorted.map((proposal) => (
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
  );
}
