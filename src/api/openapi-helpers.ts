import type { z } from 'zod';
import { ErrorSchema } from '../../shared/schemas/common.ts';

/** A JSON response entry for createRoute. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON request body for createRoute (requests without JSON are refused). */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

const ErrorResponseSchema = ErrorSchema.meta({ id: 'Error' });

/** The error responses a route can give, each rendered as `{ error: { code, message, details } }`. */
export function errorResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 422 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Malformed request (for example, invalid JSON)',
    401: 'Not signed in, or the session expired',
    403: 'Signed in, but not allowed to do this',
    404: 'Not found, or not visible to the caller',
    409: 'Conflicts with the current state',
    422: 'Invalid input; details name each field',
    429: 'Too many attempts',
  };
  return Object.fromEntries(statuses.map((status) => [status, jsonResponse(ErrorResponseSchema, descriptions[status] ?? 'Error')]));
}

/** Routes that need a signed-in caller declare the session cookie. */
export const sessionSecurity = [{ sessionCookie: [] }];
