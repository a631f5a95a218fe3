import { List, Text } from '@mantine/core';
import type { MatchingRun } from '../../../shared/schemas/index.ts';
import { unmatchedReasonLabels } from './matching-labels.ts';

type Unmatched = MatchingRun['unmatched'][number];

/** Mentees (or their remaining places) that got no mentor, with the reason in plain words. */
export function UnmatchedList({ unmatched }: { unmatched: Unmatched[] }) {
  if (unmatched.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Every mentee place was filled.
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm" aria-label="Unmatched mentees">
      {unmatched.map((entry) => (
        <List.Item key={entry.menteeId}>
          <Text span fw={600}>
            {entry.menteeName}
          </Text>
          {entry.missing > 1 ? ` (${entry.missing} places)` : ''}: {unmatchedReasonLabels[entry.reason]}
        </List.Item>
      ))}
    </List>
  );
}
