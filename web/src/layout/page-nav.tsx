import { Button, Group, Text } from '@mantine/core';
import type { CursorPages } from './use-cursor-pages.ts';

interface PageNavProps {
  pages: Pick<CursorPages<unknown>, 'items' | 'pageIndex' | 'hasNext' | 'hasPrevious' | 'next' | 'previous' | 'isFetching'>;
  pageSize: number;
  /** What the rows are, capitalised and plural ("Pairs", "Circles"), for "Pairs 26–50 of 20,000". */
  noun: string;
  /** The whole list's size when known (no filter narrows it). */
  total?: number;
}

/** Under a table shown a page at a time (useCursorPages): which rows are shown, and Previous and Next page. */
export function PageNav({ pages, pageSize, noun, total }: PageNavProps) {
  const first = pages.pageIndex * pageSize + 1;
  const shown = pages.items.length;
  const range = shown === 0 ? `No ${noun.toLowerCase()}` : `${noun} ${first.toLocaleString()}–${(first + shown - 1).toLocaleString()}`;
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === undefined ? range : `${range} of ${total.toLocaleString()}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={pages.previous} disabled={!pages.hasPrevious || pages.isFetching}>
          Previous page
        </Button>
        <Button variant="default" size="xs" onClick={pages.next} disabled={!pages.hasNext || pages.isFetching}>
          Next page
        </Button>
      </Group>
    </Group>
  );
}
