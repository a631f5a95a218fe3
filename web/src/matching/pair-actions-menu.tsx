import { ActionIcon, Menu } from '@mantine/core';
import IconArrowsExchange from '~icons/tabler/arrows-exchange';
import IconBan from '~icons/tabler/ban';
import IconDots from '~icons/tabler/dots';
import IconLock from '~icons/tabler/lock';
import IconUserMinus from '~icons/tabler/user-minus';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { CreateMatchingOverride, MatchingProposal } from '../../../shared/schemas/index.ts';
import { SwapMentorsModal } from './swap-mentors-modal.tsx';

interface PairActionsMenuProps {
  proposal: MatchingProposal;
  disabled: boolean;
  onOverride: (override: CreateMatchingOverride) => void;
}

/**
 * Overrides for the next run: lock or forbid this pair, swap mentors with another proposed pair
 * (two locks), or leave one of the two people out.
 */
export function PairActionsMenu({ proposal, disabled, onOverride }: PairActionsMenuProps) {
  const { menteeId, menteeName, mentorId, mentorName } = proposal;
  const { programId = '' } = useParams();
  const [swapping, setSwapping] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" disabled={disabled} aria-label={`Overrides for ${menteeName} with ${mentorName}`}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {proposal.locked ? null : (
            <Menu.Item leftSection={<IconLock size={14} aria-hidden />} onClick={() => onOverride({ kind: 'lock', menteeId, mentorId })}>
              Lock {menteeName} with {mentorName}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconBan size={14} aria-hidden />} onClick={() => onOverride({ kind: 'forbid', menteeId, mentorId })}>
            Forbid {menteeName} with {mentorName}
          </Menu.Item>
          {proposal.locked ? null : (
            <Menu.Item leftSection={<IconArrowsExchange size={14} aria-hidden />} onClick={() => setSwapping(true)}>
              Swap mentors with…
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconUserMinus size={14} aria-hidden />}
            onClick={() => onOverride({ kind: 'exclude', personId: menteeId })}
          >
            Leave {menteeName} out
          </Menu.Item>
          <Menu.Item
            leftSection={<IconUserMinus size={14} aria-hidden />}
            onClick={() => onOverride({ kind: 'exclude', personId: mentorId })}
          >
            Leave {mentorName} out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {swapping ? <SwapMentorsModal programId={programId} proposal={proposal} onClose={() => setSwapping(false)} /> : null}
    </>
  );
}
