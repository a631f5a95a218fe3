import { ErrorSchema, FieldIssueSchema, type FieldIssue } from '../../../shared/schemas/index.ts';
import { z } from 'zod';

const FieldIssuesSchema = z.array(FieldIssueSchema);

/**
 * A failed API call, carrying the stable error `code` from the server's
 * `{ error: { code, message, details } }` body and, for validation errors, its field issues.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** Field-level problems of a 422 `invalid_input` answer; empty otherwise. */
  readonly fieldIssues: FieldIssue[];

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    const issues = FieldIssuesSchema.safeParse(details);
    this.fieldIssues = issues.success ? issues.data : [];
  }
}

/** Turns a non-OK response into an ApiError, tolerating bodies that are not the error shape. */
export async function readApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // The body was empty or not JSON: fall back to the HTTP status below.
  }
  const parsed = ErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  return new ApiError(response.status, `http_${response.status}`, describeStatus(response.status));
}

function describeStatus(status: number): string {
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'This page or record does not exist.';
  if (status >= 500) return 'The server ran into a problem. Please try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

/** A readable sentence for any error thrown by a query or mutation. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** Whether the error means the session is missing or expired. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
