import { Grid, Stack } from '@mantine/core';
import type { RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { CheckInsSection } from '../check-ins/check-ins-section.tsx';
import { LearningLogSection } from '../learning-log/learning-log-section.tsx';
import { GoalsSection } from './goals-section.tsx';

/**
 * Stages 2 and 3, the work itself: the shared goals across the page, then the learning log beside
 * the check-ins. Coordinators get the goals' figures only (the other two are the pair's alone).
 */
export function GoalsAndLearningSections({ relationship }: { relationship: RelationshipDetail }) {
  return (
    <Stack gap="xl">
      <GoalsSection relationship={relationship} />
      {relationship.viewerRole === 'coordinator' ? null : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <LearningLogSection relationship={relationship} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CheckInsSection relationship={relationship} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
