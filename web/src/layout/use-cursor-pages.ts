import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../../../shared/schemas/paging.ts';

/** One page of a server-paged list on screen at a time, with the way back and forth. */
export interface CursorPages<T> {
  items: T[];
  /** 0 for the first page. */
  pageIndex: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  /** True while the first page of these filters loads (nothing to show yet). */
  isPending: boolean;
  /** True while another page (or the same filters again) loads; the previous rows stay shown. */
  isFetching: boolean;
  error: unknown;
  refetch: () => void;
}

interface CursorPagesOptions<T> {
  /** The list's query key with its filters: a new key starts again from page one. */
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  enabled?: boolean;
}

/**
 * A server-paged list (`{ items, nextCursor }`) shown a page at a time, so the page holds one
 * page's rows however far the reader goes (a "Load more" list grows with every click). Going
 * back re-reads the cursors already passed, kept in a trail.
 *
 * @example
 * const pairs = useCursorPages({ queryKey: ['pairs', filters], fetchPage: (cursor) => fetchPairs(filters, cursor) });
 */
export function useCursorPages<T>({ queryKey, fetchPage, enabled = true }: CursorPagesOptions<T>): CursorPages<T> {
  const keyText = JSON.stringify(queryKey);
  const [trail, setTrail] = useState<{ key: string; cursors: string[] }>({ key: keyText, cursors: [] });
  // New filters start from the first page (state reset during render, as React recommends).
  const cursors = trail.key === keyText ? trail.cursors : [];
  if (trail.key !== keyText) setTrail({ key: keyText, cursors: [] });
  const cursor = cursors.at(-1);
  const query = useQuery({
    queryKey: [...queryKey, { cursor: cursor ?? null }],
    queryFn: () => fetchPage(cursor),
    placeholderData: keepPreviousData,
    enabled,
  });
  const nextCursor = query.data?.nextCursor ?? null;
  return {
    items: query.data?.items ?? [],
    pageIndex: cursors.length,
    hasNext: nextCursor !== null && !query.isPlaceholderData,
    hasPrevious: cursors.length > 0,
    next: () => {
      if (nextCursor !== null) setTrail({ key: keyText, cursors: [...cursors, nextCursor] });
    },
    previous: () => setTrail({ key: keyText, cursors: cursors.slice(0, -1) }),
    isPending: query.isPending,
    isFetching: query.isFetching,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
