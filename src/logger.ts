import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * A run of 32 or more URL-safe base64 characters that is not exactly one UUID: the shape of our
 * bearer tokens (session, invitation and calendar-feed tokens are 43 characters) and of their
 * HMACs. UUIDs (record ids, request ids) stay readable.
 */
const tokenShaped = new RegExp(`(?<![\\w-])(?!${uuid}(?![\\w-]))[\\w-]{32,}`, 'gi');

/**
 * Replaces everything token-shaped in a text with `[redacted]`.
 *
 * @example redactTokens('/api/v1/calendar-feeds/Jw3…43 chars….ics') // '/api/v1/calendar-feeds/[redacted].ics'
 */
export function redactTokens(text: string): string {
  return text.replace(tokenShaped, '[redacted]');
}

/**
 * Structured JSON logs on stdout (or `destination`, for tests). Request logs carry the request
 * id. Every line passes through `redactTokens` before it is written, so no field (a path, a query
 * string, an error message quoting a URL) can leak a token into the logs.
 *
 * @example const logger = createLogger('info');
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'constellation' }, hooks: { streamWrite: redactTokens } };
  return destination ? pino(options, destination) : pino(options);
}
