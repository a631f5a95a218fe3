import { Stack, Text, Title } from '@mantine/core';
import type { Program } from '../../../../shared/schemas/index.ts';
import { ErrorState } from '../../layout/query-state.tsx';
import { MenteeMarksCard } from './mentee-marks-card.tsx';
import { MentorPicksCard } from './mentor-picks-card.tsx';
import { useMyPreferencesQuery } from './use-matching-preferences.ts';

/**
 * For a one-to-one program's participants: a mentee ranks mentors and says how many they want,
 * a mentor marks mentees to prefer or avoid. Only they and the coordinators ever see it.
 */
export function MatchingPreferencesSection({ program }: { program: Program }) {
  const participates = program.type === 'one_to_one' && (program.myRoles.includes('mentee') || program.myRoles.includes('mentor'));
  const query = useMyPreferencesQuery(program.id, participates);
  if (!participates) return null;
  if (query.isError)
    return <ErrorState title="Could not load your matching preferences" error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  const { asMentee, asMentor } = query.data;

  return (
    <Stack component="section" aria-labelledby="matching-preferences-heading" gap="md">
      <Stack gap={2}>
        <Title order={2} id="matching-preferences-heading">
          Your matching preferences
        </Title>
        <Text size="sm" c="dimmed">
          The coordinator’s matching run weighs what you state here. Only you and the program’s coordinators see it; the people you choose
          are never told.
        </Text>
      </Stack>
      {asMentee ? <MentorPicksCard programId={program.id} preferences={asMentee} /> : null}
      {asMentor ? <MenteeMarksCard programId={program.id} preferences={asMentor} /> : null}
    </Stack>
  );
}
