import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Request logs carry the request id.
 *
 * @example const logger = createLogger('info');
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'constellation' } });
}
