import { Box, Group, Text } from '@mantine/core';
import type { MatchingProposal } from '../../../shared/schemas/index.ts';
import { labelCriterion } from './matching-labels.ts';

type Contribution = MatchingProposal['contributions'][number];

/** Per-criterion fit as horizontal bars: bar length is the fit (0–100%), the text adds weight and points. */
export function ContributionBars({ contributions, label }: { contributions: Contribution[]; label: string }) {
  if (contributions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No criterion contributed to this score.
      </Text>
    );
  }
  return (
    <Box component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none', display: 'grid', gap: 4 }}>
      {contributions.map((contribution) => {
        const percent = Math.round(Math.max(0, Math.min(1, contribution.value)) * 100);
        return (
          <Group component="li" key={contribution.criterion} gap="sm" wrap="nowrap">
            <Text size="xs" w={150} style={{ flexShrink: 0 }}>
              {labelCriterion(contribution.criterion)}
            </Text>
            <Box aria-hidden w={180} h={10} bg="gray.2" style={{ borderRadius: 4, overflow: 'hidden', flexShrink: 0 }}>
              <Box h="100%" w={`${percent}%`} bg={percent >= 50 ? 'teal.6' : 'orange.5'} />
            </Box>
            <Text size="xs" c="dimmed">
              {percent}% fit × weight {contribution.weight} = {contribution.points.toFixed(2)} points
            </Text>
          </Group>
        );
      })}
    </Box>
  );
}
