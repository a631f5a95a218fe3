import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import type { PreferenceCandidate } from '../../../../shared/schemas/matching-preferences.ts';
import { fetchPreferenceCandidates, preferenceCandidatesQueryKey } from '../../api/matching-preferences.api.ts';
import { PageNav } from '../../layout/page-nav.tsx';
import { ErrorState } from '../../layout/query-state.tsx';
import { SearchInput } from '../../layout/search-input.tsx';
import { useCursorPages } from '../../layout/use-cursor-pages.ts';

/** Candidates per page: a short list to choose from, the search finds the rest. */
const candidatesPerPage = 6;

interface CandidateSearchProps {
  programId: string;
  /** mentor: the mentors a mentee may pick; mentee: the mentees a mentor may mark. */
  side: 'mentor' | 'mentee';
  label: string;
  /** The badge and the button of one candidate (already chosen, or how to choose them). */
  badgeOf: (candidate: PreferenceCandidate) => ReactNode;
  actionOf: (candidate: PreferenceCandidate) => ReactNode;
}

/** One candidate: name, job title and expertise (offered by a mentor, wanted by a mentee). */
export function CandidateDetails({ candidate, badge }: { candidate: PreferenceCandidate; badge?: ReactNode }) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{candidate.displayName}</Text>
        {badge}
      </Group>
      {candidate.jobTitle ? (
        <Text size="xs" c="dimmed">
          {candidate.jobTitle}
        </Text>
      ) : null}
      <Group gap={4}>
        {candidate.expertise.length === 0 ? (
          <Text size="xs" c="dimmed">
            No expertise listed yet
          </Text>
        ) : null}
        {candidate.expertise.map((skill) => (
          <Badge key={skill} variant="light" size="sm">
            {skill}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * The program's people on one side, searched by name on the server (debounced) a short page at a
 * time: only the page shown is ever sent, however large the program.
 */
export function CandidateSearch({ programId, side, label, badgeOf, actionOf }: CandidateSearchProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages({
    queryKey: [...preferenceCandidatesQueryKey(programId, side, q), candidatesPerPage],
    fetchPage: (cursor) => fetchPreferenceCandidates(programId, side, q, candidatesPerPage, cursor),
  });
  const noun = side === 'mentor' ? 'Mentors' : 'Mentees';
  return (
    <Stack gap="sm">
      <SearchInput label={label} placeholder="A name" value={search} onChange={setSearch} />
      {pages.error ? <ErrorState error={pages.error} onRetry={pages.refetch} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {pages.items.map((candidate) => (
          <Paper key={candidate.personId} withBorder p="sm" aria-label={candidate.displayName}>
            <Stack gap={6}>
              <CandidateDetails candidate={candidate} badge={badgeOf(candidate)} />
              {actionOf(candidate)}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <PageNav pages={pages} pageSize={candidatesPerPage} noun={noun} />
    </Stack>
  );
}
