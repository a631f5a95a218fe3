import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchProposalPage, fetchUnmatchedPage } from '../api/matching.api.ts';
import { PairsPicture, pairsPictureMaxPairs } from './pairs-picture.tsx';

interface SmallRunPictureProps {
  runId: string;
  proposalCount: number;
  unmatchedCount: number;
}

/**
 * The pairs picture of a small run (its pairs and unmatched mentees fit one page each); a large
 * run shows none, its histogram says more than 20,000 lines would.
 */
export function SmallRunPicture({ runId, proposalCount, unmatchedCount }: SmallRunPictureProps) {
  const small = proposalCount > 0 && proposalCount + unmatchedCount <= pairsPictureMaxPairs;
  const everyone = useQuery({
    queryKey: ['matching-runs', runId, 'picture'],
    queryFn: async () => {
      const [proposals, unmatched] = await Promise.all([
        fetchProposalPage(runId, { sort: 'mentee' }, pairsPictureMaxPairs),
        unmatchedCount === 0 ? Promise.resolve({ items: [] }) : fetchUnmatchedPage(runId, '', undefined, pairsPictureMaxPairs),
      ]);
      return { proposals: proposals.items, unmatched: unmatched.items };
    },
    enabled: small,
  });
  if (!small || !everyone.data) return null;
  return (
    <Stack component="section" aria-labelledby="picture-heading" gap="xs">
      <Title order={3} size="h4" id="picture-heading">
        Pairs at a glance
      </Title>
      <PairsPicture proposals={everyone.data.proposals} unmatched={everyone.data.unmatched} />
    </Stack>
  );
}
