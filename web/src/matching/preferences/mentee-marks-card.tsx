import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  maxMenteeMarks,
  type MenteeMarkKind,
  type MyMatchingPreferences,
  type PreferenceCandidate,
} from '../../../../shared/schemas/matching-preferences.ts';
import { CandidateSearch } from './candidate-search.tsx';
import { useSavePreferences } from './use-matching-preferences.ts';

type MentorPreferences = NonNullable<MyMatchingPreferences['asMentor']>;
type Mark = MenteeMarkKind | 'none';

const markOptions = [
  { value: 'none', label: 'No mark' },
  { value: 'prefer', label: 'Prefer' },
  { value: 'avoid', label: 'Avoid' },
];

function isMark(value: string): value is Mark {
  return value === 'none' || value === 'prefer' || value === 'avoid';
}

/**
 * A mentor's prefer/avoid marks on the program's mentees; avoid means never paired. The table
 * holds the mentees marked (and those added from the search); the search finds the others.
 */
export function MenteeMarksCard({ programId, preferences }: { programId: string; preferences: MentorPreferences }) {
  const initial = new Map<string, Mark>(preferences.marks.map((m) => [m.personId, m.kind]));
  const [marks, setMarks] = useState(initial);
  const [shown, setShown] = useState<PreferenceCandidate[]>(preferences.mentees);
  const save = useSavePreferences(programId);
  const changed = shown.some((m) => (marks.get(m.personId) ?? 'none') !== (initial.get(m.personId) ?? 'none'));
  const full = [...marks.values()].filter((kind) => kind !== 'none').length >= maxMenteeMarks;

  function add(mentee: PreferenceCandidate) {
    setShown([...shown, mentee]);
    setMarks(new Map(marks).set(mentee.personId, 'prefer'));
  }

  function submit() {
    const list = [...marks].flatMap(([personId, kind]) => (kind === 'none' ? [] : [{ personId, kind }]));
    save.mutate({ marks: list });
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby="mentee-marks-heading">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4" id="mentee-marks-heading">
            Mentees you would like to mentor
          </Title>
          <Text size="sm" c="dimmed">
            “Prefer” raises a pair’s score; “Avoid” means the run never pairs you.
          </Text>
        </Stack>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            No marks yet: find a mentee below to prefer or avoid.
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mentee</Table.Th>
                <Table.Th scope="col">Wants to learn</Table.Th>
                <Table.Th scope="col">Your mark</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((mentee) => (
                <Table.Tr key={mentee.personId}>
                  <Table.Th scope="row" fw={500}>
                    {mentee.displayName}
                    {mentee.jobTitle ? (
                      <Text size="xs" c="dimmed">
                        {mentee.jobTitle}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    <Group gap={4}>
                      {mentee.expertise.map((skill) => (
                        <Badge key={skill} variant="light" size="sm">
                          {skill}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Your mark for ${mentee.displayName}`}
                      value={marks.get(mentee.personId) ?? 'none'}
                      data={markOptions}
                      onChange={(value) => {
                        if (isMark(value)) setMarks(new Map(marks).set(mentee.personId, value));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <CandidateSearch
          programId={programId}
          side="mentee"
          label="Find a mentee"
          badgeOf={(mentee) => {
            const mark = marks.get(mentee.personId);
            return mark === 'prefer' || mark === 'avoid' ? (
              <Badge color={mark === 'avoid' ? 'red' : 'teal'}>{mark === 'avoid' ? 'Avoid' : 'Prefer'}</Badge>
            ) : null;
          }}
          actionOf={(mentee) => {
            const listed = shown.some((m) => m.personId === mentee.personId);
            return (
              <Button
                size="xs"
                variant="light"
                disabled={listed || full}
                onClick={() => add(mentee)}
                aria-label={`Mark ${mentee.displayName}`}
              >
                {listed ? 'In your marks' : 'Mark'}
              </Button>
            );
          }}
        />
        <Group>
          <Button onClick={submit} disabled={!changed} loading={save.isPending}>
            Save my marks
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
