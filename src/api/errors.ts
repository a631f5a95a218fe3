import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
// The one driver fact the API needs: which failure is the statement timeout (src/db knows the driver).
import { isStatementTimeout } from '../db/statement-timeout.ts';
import { DomainError, type DomainErrorKind, type FieldIssue } from '../domain/errors.ts';
import type { AppEnv } from './app-env.ts';

const statusOfKind: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** The one body every error is rendered as. */
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Field paths as clients name them: `designChecklist.purpose.status`, `limit`. */
export function fieldIssuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/**
 * Fields of a validated input holding text PostgreSQL cannot store: the NUL character, or a lone
 * UTF-16 surrogate (refused inside JSON columns, silently replaced elsewhere). Either would fail as
 * a 500 deep in a use case, or change what was sent; keys of records are checked too.
 *
 * @example unstorableTextIssues({ note: { body: 'a\u0000b' } }) // [{ field: 'note.body', message: … }]
 */
export function unstorableTextIssues(value: unknown, path: string[] = []): FieldIssue[] {
  const field = path.length > 0 ? path.join('.') : '(body)';
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field, message: 'must not contain the NUL character (\\u0000)' }];
    return value.isWellFormed() ? [] : [{ field, message: 'must be valid Unicode (a lone surrogate cannot be stored)' }];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...unstorableTextIssues(key, [...path, key]),
    ...unstorableTextIssues(item, [...path, key]),
  ]);
}

/** Renders a failed zod validation as a 422 naming each field. */
export function renderValidationError(c: Context<AppEnv>, error: ZodError) {
  return renderFieldIssues(c, fieldIssuesOf(error));
}

/** Renders field-level problems as the 422 `invalid_input` body, details naming each field. */
export function renderFieldIssues(c: Context<AppEnv>, issues: FieldIssue[]) {
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return c.json(errorBody('invalid_input', `Invalid input (${summary})`, issues), 422);
}

/**
 * The one error handler: domain errors by kind, HTTP exceptions raised by middleware (malformed
 * JSON, body too large) by status, a statement that ran past the database's statement timeout
 * as a logged 503 `query_timeout`, and anything else as a logged 500 without internals.
 */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof DomainError) {
    if (error.kind === 'rate_limited') {
      const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) c.header('Retry-After', String(retry));
    }
    return c.json(errorBody(error.code, error.message, error.details), statusOfKind[error.kind]);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = /json/i.test(error.message) ? 'malformed_json' : status === 413 ? 'payload_too_large' : 'bad_request';
    return c.json(errorBody(code, error.message || 'Bad request'), status);
  }
  if (isStatementTimeout(error)) {
    // A plan gone bad (or a lock held too long) cost its bounded time: the client may retry.
    c.var.ctx?.logger.warn({ requestId: c.var.requestId, method: c.req.method, path: c.req.path }, 'query timed out');
    c.header('Retry-After', '5');
    return c.json(errorBody('query_timeout', 'The database took too long to answer; try again in a moment'), 503);
  }
  c.var.ctx?.logger.error({ err: error, requestId: c.var.requestId }, 'unhandled error');
  return c.json(errorBody('internal_error', 'Something went wrong on our side; it has been logged'), 500);
}
