import { z } from 'zod';
import { ErrorSchema, type FieldIssue, FieldIssueSchema } from '../../shared/schemas/index.ts';
import type { ConstellationApp } from '../api/app.ts';

/**
 * An answer of the app. `body` is the parsed JSON (the text when it is not JSON, undefined when
 * empty): `unknown` unless the caller named the schema it expects, so a test reads a field only
 * after saying which documented shape it has (`{ schema }`, `bodyOf`, `errorOf`, `fieldIssuesOf`).
 */
export type ApiResponse<Body = unknown> = {
  status: number;
  headers: Headers;
  body: Body;
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
  options?: RequestOptions,
): Promise<ApiResponse>;
/**
 * With `schema`, the answer must be a success whose body the schema accepts (the test fails
 * naming the status and body otherwise), and `body` has the schema's type.
 *
 * @example const { body: program } = await call(app, 'GET', `/api/v1/programs/${id}`, undefined, { cookie, schema: ProgramSchema });
 */
export async function call<S extends z.ZodType>(
  app: ConstellationApp,
  method: string,
  path: string,
  json: unknown,
  options: RequestOptions & { schema: S },
): Promise<ApiResponse<z.output<S>>>;
export async function call(
  app: ConstellationApp,
  method: string,
  path: string,
  json?: unknown,
  options: RequestOptions & { schema?: z.ZodType } = {},
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
  const answer = { status: response.status, headers: response.headers, body: parsed };
  return options.schema === undefined ? answer : withSchema(answer, options.schema);
}

/**
 * `response` as a success whose body has `schema`'s shape (checked by `bodyOf`): the test fails
 * naming the status and body otherwise. For answers that come through a test's own caller.
 *
 * @example const goals = withSchema(await pair.as('mentee')('GET', `${pair.base}/goals`), GoalListSchema);
 */
export function withSchema<S extends z.ZodType>(response: ApiResponse, schema: S): ApiResponse<z.output<S>> {
  if (response.status < 200 || response.status > 299) {
    throw new Error(`answered ${response.status}, not a success: ${JSON.stringify(response.body)?.slice(0, 500)}`);
  }
  return { ...response, body: bodyOf(response, schema) };
}

/**
 * The body of `response`, checked against `schema`: the test fails naming the status and the
 * mismatch when the body does not have the documented shape. The body itself is returned, not the
 * schema's parse, so fields the schema does not know (and would strip) stay visible to assertions
 * that something confidential is absent.
 *
 * @example const { programs } = bodyOf(list, ProgramListSchema);
 */
export function bodyOf<S extends z.ZodType>(response: ApiResponse, schema: S): z.output<S> {
  const checked = schema.safeParse(response.body);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
    throw new Error(
      `answer ${response.status} does not have the expected shape (${issues}): ${JSON.stringify(response.body)?.slice(0, 500)}`,
    );
  }
  return response.body as z.output<S>;
}

/**
 * The `error` of an error answer (`{ error: { code, message, details } }`).
 *
 * @example assert.equal(errorOf(res).code, 'program_not_found');
 */
export function errorOf(response: ApiResponse): z.output<typeof ErrorSchema>['error'] {
  return bodyOf(response, ErrorSchema).error;
}

/**
 * The field issues of a 422 `invalid_input` answer, each naming the field it is about.
 *
 * @example assert.ok(fieldIssuesOf(res).some((issue) => issue.field === 'name'));
 */
export function fieldIssuesOf(response: ApiResponse): FieldIssue[] {
  return bodyOf({ ...response, body: errorOf(response).details }, FieldIssueSchema.array());
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

/** A created or read resource: its id is what a test builds on. */
const IdentifiedSchema = z.object({ id: z.string().min(1) });

/**
 * The id of the resource an answer carries (a created note, goal, application…), checked to be there.
 *
 * @example const noteId = idOf(await call(app, 'POST', `${rel}/notes`, { visibility: 'shared', body: 'Hi' }, { cookie }));
 */
export function idOf(response: ApiResponse): string {
  return bodyOf(response, IdentifiedSchema).id;
}
