import type { Context } from 'hono';
import type { CalendarFile } from '../../services/relationships/calendar.service.ts';

/**
 * Answers with a calendar file and its strong ETag, or `304 Not Modified` when the client's
 * `If-None-Match` already names it (a polling calendar server then costs no body). `disposition`
 * says whether the browser shows it (`inline`, a feed) or saves it (`attachment`, one meeting).
 *
 * @example return sendCalendarFile(c, file, { disposition: 'inline', cacheControl: 'private, max-age=300' });
 */
export function sendCalendarFile(
  c: Context,
  file: CalendarFile,
  options: { disposition: 'inline' | 'attachment'; cacheControl: string },
): Response {
  c.header('ETag', file.etag);
  c.header('Cache-Control', options.cacheControl);
  const sent = c.req.header('if-none-match');
  if (sent?.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*')) return c.body(null, 304);
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', `${options.disposition}; filename="${file.filename}"`);
  return c.body(file.body, 200);
}
