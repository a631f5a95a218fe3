import { z } from 'zod';
import { limits } from '../limits.ts';

/**
 * The one paging convention of every list route: `limit` rows (default 50, at most 500) after an
 * opaque keyset `cursor` (the previous page's `nextCursor`), optionally narrowed by `q`, filters
 * and a `sort` the route names. The answer is `{ items, nextCursor }`; `nextCursor` is null on
 * the last page. A cursor names its sort: it is refused (422, field `cursor`) with another sort.
 * Rows inserted while someone pages never make a row appear twice or go missing from the rows
 * that existed when the paging began.
 */
export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(limits.pageSizeMax)
    .default(limits.pageSizeDefault)
    .describe(`Rows per page: 1 to ${limits.pageSizeMax} (default ${limits.pageSizeDefault})`),
  cursor: z
    .string()
    .max(limits.pageCursorMax)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor given by this list')
    .optional()
    .describe('The nextCursor of the previous page; leave out for the first page'),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** A paged list that can be searched: `q` matches the route's text columns (names, mostly). */
export const SearchPageQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(limits.listSearchMax).optional().describe('Search text (names and the like); case does not matter'),
});
export type SearchPageQuery = z.infer<typeof SearchPageQuerySchema>;

/** One page of a list: its rows and the cursor of the next page (null on the last). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}
export type Page<T> = { items: T[]; nextCursor: string | null };
