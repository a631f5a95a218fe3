import { ActionIcon, Badge, List, Stack, Table, Text } from '@mantine/core';
import IconChevronDown from '~icons/tabler/chevron-down';
import IconChevronRight from '~icons/tabler/chevron-right';
import IconLock from '~icons/tabler/lock';
import { useState } from 'react';
import type { CreateMatchingOverride, MatchingProposal } from '../../../shared/schemas/index.ts';
import { ContributionBars } from './contribution-bars.tsx';
import { formatScore } from './matching-labels.ts';
import { PairActionsMenu } from './pair-actions-menu.tsx';

interface ProposalRowProps {
  proposal: MatchingProposal;
  columnCount: number;
  canOverride: boolean;
  onOverride: (override: CreateMatchingOverride) => void;
}

const topReasonCount = 3;

/** One proposed pair; expands to show what each criterion contributed. */
export function ProposalRow({ proposal, columnCount, canOverride, onOverride }: ProposalRowProps) {
  const [expanded, setExpanded] = useState(false);
  const pair = `${proposal.menteeName} with ${proposal.mentorName}`;
  const detailsId = `proposal-${proposal.menteeId}-${proposal.mentorId}`;
  const Chevron = expanded ? IconChevronDown : IconChevronRight;

  return (
    <>
      <Table.Tr>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={`${expanded ? 'Hide' : 'Show'} score details for ${pair}`}
            onClick={() => setExpanded((value) => !value)}
          >
            <Chevron size={16} aria-hidden />
          </ActionIcon>
        </Table.Td>
        <Table.Th scope="row" fw={500}>
          {proposal.menteeName}
        </Table.Th>
        <Table.Td>
          <Stack gap={2} align="flex-start">
            {proposal.mentorName}
            {proposal.locked ? (
              <Badge size="xs" color="violet" variant="light" leftSection={<IconLock size={10} aria-hidden />}>
                Locked
              </Badge>
            ) : null}
          </Stack>
        </Table.Td>
        <Table.Td fw={600}>{formatScore(proposal.score)}</Table.Td>
        <Table.Td>
          <List size="xs" spacing={0}>
            {proposal.reasons.slice(0, topReasonCount).map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Table.Td>
        <Table.Td>
          <Stack gap={2}>
            {proposal.warnings.map((warning) => (
              <Text key={warning} size="xs" c="orange.8">
                {warning}
              </Text>
            ))}
          </Stack>
        </Table.Td>
        <Table.Td>
          <PairActionsMenu proposal={proposal} disabled={!canOverride} onOverride={onOverride} />
        </Table.Td>
      </Table.Tr>
      {expanded ? (
        <Table.Tr id={detailsId}>
          <Table.Td />
          <Table.Td colSpan={columnCount - 1}>
            <Stack gap="xs" py="xs">
              <ContributionBars contributions={proposal.contributions} label={`Score by criterion for ${pair}`} />
              {proposal.reasons.length > topReasonCount ? (
                <Text size="xs" c="dimmed">
                  All reasons: {proposal.reasons.join('; ')}
                </Text>
              ) : null}
            </Stack>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
