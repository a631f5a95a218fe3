import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { fetchRunCirclePage, runCirclesQueryKey } from '../api/matching.api.ts';
import { PageNav } from '../layout/page-nav.tsx';
import { ErrorState } from '../layout/query-state.tsx';
import { useCursorPages } from '../layout/use-cursor-pages.ts';
import { CircleCard } from './circle-card.tsx';

/** Circles per page: a screenful of cards. */
const circlesPerPage = 12;

/** A large group run's circles, a page of cards at a time from the server, searchable by circle or member name. */
export function RunCirclePages({ runId, total }: { runId: string; total: number }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages({
    queryKey: [...runCirclesQueryKey(runId, q), circlesPerPage],
    fetchPage: (cursor) => fetchRunCirclePage(runId, q, circlesPerPage, cursor),
  });
  if (pages.error) return <ErrorState error={pages.error} onRetry={pages.refetch} />;
  return (
    <Stack gap="sm">
      <TextInput
        label="Search circles"
        description="By the circle’s or a member’s name"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={320}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {pages.items.map((circle) => (
          <CircleCard key={circle.id} circle={circle} />
        ))}
      </SimpleGrid>
      <PageNav pages={pages} pageSize={circlesPerPage} noun="Circles" total={q === '' ? total : undefined} />
    </Stack>
  );
}
