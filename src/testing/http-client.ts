import type { ConstellationApp } from '../api/app.ts';

export type ApiResponse = {
  status: number;
  headers: Headers;
  /** The parsed JSON body (or undefined when there is none). */
  // `any` on purpose, here only: tests read bodies of many shapes, and the API itself validates them.
  body: any;
};

type RequestOptions = { cookie?: string | undefined; headers?: Record<string, string>; rawBody?: string };

/**
 * Sends real HTTP requests through the app's fetch handler (no port, no mocks).
 *
 * @example const res = await call(app, 'POST', '/api/v1/programs', { name: 'X' }, { cookie });
 */
export async function call(
  app: ConstellationApp,
  method: string,
  path: string,
  json?: unknown,
  options: RequestOptions = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined = options.rawBody;
  if (json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (body !== undefined) {
    headers['content-type'] ??= 'application/json';
  }
  const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The `name=value` part of a Set-Cookie header, ready to send back. */
export function sessionCookieFrom(response: ApiResponse): string {
  const setCookie = response.headers.get('set-cookie');
  const match = setCookie?.match(/constellation_session=[^;]+/);
  if (!match) throw new Error(`no session cookie in response (status ${response.status})`);
  return match[0];
}

/** Signs in through the API and returns the cookie to send with later requests. */
export async function signInAs(app: ConstellationApp, email: string, password: string): Promise<string> {
  const response = await call(app, 'POST', '/api/v1/auth/sign-in', { email, password });
  return sessionCookieFrom(response);
}
