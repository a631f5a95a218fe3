import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import IconStar from '~icons/tabler/star';
import { useState } from 'react';
import { maxMentorPicks, type MyMatchingPreferences } from '../../../../shared/schemas/matching-preferences.ts';
import { useCurrentSession } from '../../auth/session-context.ts';
import { CandidateSearch } from './candidate-search.tsx';
import { RankedPicksList } from './ranked-picks-list.tsx';
import { useSaveMentorsWanted, useSavePreferences } from './use-matching-preferences.ts';

type MenteePreferences = NonNullable<MyMatchingPreferences['asMentee']>;

interface MentorPicksCardProps {
  programId: string;
  preferences: MenteePreferences;
}

/** A mentee's ranked picks among the program's mentors (up to five, found by a search) and how many mentors they want. */
export function MentorPicksCard({ programId, preferences }: MentorPicksCardProps) {
  const session = useCurrentSession();
  const [picks, setPicks] = useState<string[]>(preferences.picks);
  const [mentorsWanted, setMentorsWanted] = useState(String(preferences.mentorsWanted));
  const savePicks = useSavePreferences(programId);
  const saveWanted = useSaveMentorsWanted(programId, session.person.id);
  // The names of the mentors picked: those saved come with the preferences, new ones from the search.
  const [names, setNames] = useState(() => new Map(preferences.mentors.map((m) => [m.personId, m.displayName])));
  const changed = picks.join() !== preferences.picks.join() || Number(mentorsWanted) !== preferences.mentorsWanted;
  const full = picks.length >= maxMentorPicks;

  async function save() {
    if (Number(mentorsWanted) !== preferences.mentorsWanted) await saveWanted.mutateAsync(Number(mentorsWanted));
    savePicks.mutate({ picks });
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby="mentor-picks-heading">
      <Stack gap="md">
        <Title order={3} size="h4" id="mentor-picks-heading">
          Mentors you would like
        </Title>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="mentors-wanted-label">
            How many mentors do you want in this program?
          </Text>
          <Text size="xs" c="dimmed">
            With more than one, each mentor is chosen for a different need you listed at intake.
          </Text>
          <SegmentedControl
            aria-labelledby="mentors-wanted-label"
            w={200}
            value={mentorsWanted}
            onChange={setMentorsWanted}
            data={['1', '2', '3']}
          />
        </Stack>
        <RankedPicksList picks={picks} nameOf={(id) => names.get(id) ?? 'A mentor who left'} onChange={setPicks} />
        <Text size="sm" c="dimmed">
          Pick up to {maxMentorPicks} mentors, your first choice first.
        </Text>
        <CandidateSearch
          programId={programId}
          side="mentor"
          label="Find a mentor"
          badgeOf={(mentor) => {
            const rank = picks.indexOf(mentor.personId);
            return rank >= 0 ? <Badge color="teal">Pick {rank + 1}</Badge> : null;
          }}
          actionOf={(mentor) => {
            const picked = picks.includes(mentor.personId);
            return (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconStar size={14} aria-hidden />}
                disabled={picked || full}
                onClick={() => {
                  setNames(new Map(names).set(mentor.personId, mentor.displayName));
                  setPicks([...picks, mentor.personId]);
                }}
                aria-label={`Pick ${mentor.displayName}`}
              >
                {picked ? 'Picked' : 'Pick'}
              </Button>
            );
          }}
        />
        <Group>
          <Button onClick={() => void save()} disabled={!changed} loading={savePicks.isPending || saveWanted.isPending}>
            Save my picks
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
