import type { z } from 'zod';
import { ApiError, readApiError } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
}

const apiBase = '/api/v1';

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection.');
  }
  if (!response.ok) throw await readApiError(response);
  return response;
}

/**
 * Calls the API and parses the JSON answer with a shared zod schema.
 *
 * @example
 * const { programs } = await requestJson('/programs', ProgramListSchema);
 */
export async function requestJson<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const response = await send(path, options);
  const body: unknown = await response.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('Unexpected API response', path, parsed.error.issues);
    throw new ApiError(response.status, 'invalid_response', 'The server sent an answer this page does not understand.');
  }
  return parsed.data;
}

/**
 * Calls the API where the answer is either JSON (parsed with the schema) or 204 No Content (null),
 * e.g. a skill review that answers 200 with the skill when approved and 204 when rejected.
 */
export async function requestJsonOrNothing<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S> | null> {
  const response = await send(path, options);
  if (response.status === 204) return null;
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    console.error('Unexpected API response', path, parsed.error.issues);
    throw new ApiError(response.status, 'invalid_response', 'The server sent an answer this page does not understand.');
  }
  return parsed.data;
}

/** Calls the API where the answer is a file (a CSV report) to save as it came. */
export async function requestFile(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, options)).blob();
}

/** Calls the API where no body is expected back (204). */
export async function requestVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** Builds a query string, leaving out empty values. */
export function toQueryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
