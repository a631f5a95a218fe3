import { List, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { fetchUnmatchedPage, runUnmatchedQueryKey } from '../api/matching.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { ErrorState } from '../layout/query-state.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { unmatchedReasonLabels } from './matching-labels.ts';

/** Mentees (or their remaining places) that got no mentor, with the reason in plain words, a page at a time. */
export function UnmatchedList({ runId, total }: { runId: string; total: number }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = usePagedList({
    queryKey: runUnmatchedQueryKey(runId, q),
    fetchPage: (cursor) => fetchUnmatchedPage(runId, q, cursor),
    enabled: total > 0,
  });
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        Every mentee place was filled.
      </Text>
    );
  }
  if (list.isError) return <ErrorState error={list.error} onRetry={list.refetch} />;
  return (
    <Stack gap="xs">
      {total > 10 ? (
        <TextInput label="Search unmatched mentees" value={search} onChange={(event) => setSearch(event.currentTarget.value)} maw={280} />
      ) : null}
      <List spacing={4} size="sm" aria-label="Unmatched mentees">
        {list.items.map((entry) => (
          <List.Item key={entry.menteeId}>
            <Text span fw={600}>
              {entry.menteeName}
            </Text>
            {entry.missing > 1 ? ` (${entry.missing} places)` : ''}: {unmatchedReasonLabels[entry.reason]}
          </List.Item>
        ))}
      </List>
      <LoadMore list={list} noun="unmatched mentees" total={q === '' ? total : undefined} />
    </Stack>
  );
}
