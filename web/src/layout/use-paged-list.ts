import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from '../../../shared/schemas/paging.ts';

/** What a paged list hands its table and its "Load more" button. */
export interface PagedList<T> {
  /** Every row fetched so far, pages joined in order. */
  items: T[];
  /** True while the first page loads (nothing to show yet). */
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
  /** Whether the server said another page follows. */
  hasMore: boolean;
  /** True while the next page loads. */
  isLoadingMore: boolean;
  loadMore: () => void;
  refetch: () => void;
}

interface PagedListOptions<T> {
  /** The list's query key; put its filters and search in it, so a new filter starts from page one. */
  queryKey: QueryKey;
  /** Fetches one page: the first without a cursor, the next with the previous page's nextCursor. */
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  enabled?: boolean;
}

/**
 * A server-paged list (`{ items, nextCursor }`), fetched a page at a time and kept while the
 * filters change (the previous rows stay on screen until the new first page arrives).
 *
 * @example
 * const people = usePagedList({ queryKey: ['people', { q }], fetchPage: (cursor) => fetchPeoplePage({ q, cursor }) });
 * return <>{people.items.map(...)}<LoadMore list={people} /></>;
 */
export function usePagedList<T>({ queryKey, fetchPage, enabled = true }: PagedListOptions<T>): PagedList<T> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
    enabled,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => (pages ?? []).flatMap((page) => page.items), [pages]);
  return {
    items,
    isPending: query.isPending,
    isError: query.isError,
    isSuccess: query.isSuccess,
    error: query.error,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    refetch: () => void query.refetch(),
  };
}
