import { Button, Group, Text } from '@mantine/core';
import type { PagedList } from './use-paged-list.ts';

interface LoadMoreProps {
  list: Pick<PagedList<unknown>, 'items' | 'hasMore' | 'isLoadingMore' | 'loadMore'>;
  /** What the rows are, plural ("people", "pairs"), for "Showing 50 people". */
  noun: string;
  /** The whole list's size when the server counts it, for "Showing 50 of 20,000 people". */
  total?: number;
}

/** Under a paged table: how many rows are shown, and a button for the next page while one follows. */
export function LoadMore({ list, noun, total }: LoadMoreProps) {
  const shown = list.items.length.toLocaleString();
  const count = total === undefined ? `Showing ${shown} ${noun}` : `Showing ${shown} of ${total.toLocaleString()} ${noun}`;
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {count}
      </Text>
      {list.hasMore ? (
        <Button variant="light" onClick={list.loadMore} loading={list.isLoadingMore}>
          Load more
        </Button>
      ) : null}
    </Group>
  );
}
