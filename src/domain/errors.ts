/**
 * Errors the domain and services throw. Each has a stable snake_case code and a kind that the
 * API's one error handler maps to an HTTP status; services never throw HTTP errors.
 */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited';

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly details: unknown;

  constructor(kind: DomainErrorKind, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

/** A field-level problem, as listed in an invalid-input error's details. */
export type FieldIssue = { field: string; message: string };

/** @example throw invalidInput([{ field: 'endsOn', message: 'must not be before startsOn' }]) */
export function invalidInput(issues: FieldIssue[]): DomainError {
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new DomainError('invalid', 'invalid_input', `Invalid input (${summary})`, issues);
}

/** Not found, or not visible to the caller: the two are never told apart. */
export function notFound(resource: string): DomainError {
  return new DomainError('not_found', `${resource}_not_found`, `No such ${resource.replaceAll('_', ' ')}`);
}

export function forbidden(code: string, message: string): DomainError {
  return new DomainError('forbidden', code, message);
}

export function conflict(code: string, message: string, details?: unknown): DomainError {
  return new DomainError('conflict', code, message, details);
}

export function unauthenticated(code = 'unauthenticated', message = 'Sign in first'): DomainError {
  return new DomainError('unauthenticated', code, message);
}

export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'rate_limited',
    'too_many_attempts',
    `Too many attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    { retryAfterSeconds },
  );
}
