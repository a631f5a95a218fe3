import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { MatchingSummary } from '../../../shared/schemas/index.ts';
import { formatScore } from './matching-labels.ts';

type Bucket = MatchingSummary['histogram'][number];

interface ScoreHistogramProps {
  histogram: Bucket[];
  /** Shows the pairs of one bucket in the table. */
  onPick: (bucket: Bucket) => void;
}

const barAreaHeight = 96;

function rangeLabel(bucket: Bucket): string {
  return `${formatScore(bucket.from)}–${formatScore(bucket.to)}`;
}

/**
 * The run's scores as bars, one per tenth, each with its count written above it (the picture
 * reads without colour) and a button that shows that bucket's pairs.
 */
export function ScoreHistogram({ histogram, onPick }: ScoreHistogramProps) {
  const most = Math.max(1, ...histogram.map((bucket) => bucket.count));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="histogram-heading">
        Pairs by score
      </Text>
      <Group gap={4} align="flex-end" wrap="nowrap" role="list" aria-labelledby="histogram-heading">
        {histogram.map((bucket) => (
          <UnstyledButton
            key={bucket.from}
            role="listitem"
            onClick={() => onPick(bucket)}
            disabled={bucket.count === 0}
            aria-label={`Scores ${rangeLabel(bucket)}: ${bucket.count.toLocaleString()} pairs. Show them`}
            style={{ flex: 1, minWidth: 0, textAlign: 'center', cursor: bucket.count === 0 ? 'default' : 'pointer' }}
          >
            <Text size="xs" fw={600} aria-hidden>
              {bucket.count.toLocaleString()}
            </Text>
            <Box h={barAreaHeight} style={{ display: 'flex', alignItems: 'flex-end' }} aria-hidden>
              <Box
                w="100%"
                h={bucket.count === 0 ? 1 : Math.max(3, Math.round((bucket.count / most) * barAreaHeight))}
                bg={bucket.count === 0 ? 'gray.3' : 'blue.6'}
                style={{ borderRadius: 2 }}
              />
            </Box>
            <Text size="10px" c="dimmed" aria-hidden style={{ whiteSpace: 'nowrap' }}>
              {formatScore(bucket.from)}
            </Text>
          </UnstyledButton>
        ))}
      </Group>
    </Stack>
  );
}
