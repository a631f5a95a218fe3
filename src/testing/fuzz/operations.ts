import type { z } from 'zod';
import type { ConstellationApp } from '../../api/app.ts';
import type { FuzzPrincipal } from './fuzz-world.ts';
import type { JsonSchema } from './json-schema.ts';

/** One parameter of an operation, as the OpenAPI document describes it. */
export type FuzzParameter = { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema };

/** An operation that takes input, with the zod schemas the route validates it with. */
export type FuzzOperation = {
  method: string;
  /** The OpenAPI path, with `{param}` placeholders. */
  path: string;
  parameters: FuzzParameter[];
  /** The JSON body's schema, or undefined when the route takes no body. */
  body: JsonSchema | undefined;
  validators: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
  principal: FuzzPrincipal;
};

/**
 * Who calls each route: the first rule whose pattern matches `METHOD /path` wins. A route the
 * rules do not name is called by the mentee of the pair (the commonest caller).
 */
const principalRules: Array<[RegExp, FuzzPrincipal]> = [
  [/^POST \/api\/v1\/auth\/sign-in$/, 'anonymous'],
  [/^POST \/api\/v1\/auth\/password-reset\b/, 'anonymous'],
  [/\/invitations\/by-token\//, 'anonymous'],
  [/\/calendar-feeds\//, 'anonymous'],
  [/\/unsubscribe\//, 'anonymous'],
  [/\/admin\/outbox\b/, 'admin'],
  [/\/admin\/jobs\b/, 'admin'],
  [/\/(invitations|imports|organization)\b/, 'admin'],
  [/\/skills\/\{skillId\}\/review$/, 'admin'],
  [/^GET \/api\/v1\/people$/, 'admin'],
  [/\/mentor-requests\/\{requestId\}\/(question|decline|accept)$/, 'requestMentor'],
  [/\/mentor-requests/, 'requestMentee'],
  [/\/applications\/\{applicationId\}\/withdraw$|\/my-application$|\/matching\/preferences\/mine$/, 'mentee'],
  [/\/(applications|programs|matching-runs)\b|\/people\/\{personId\}/, 'coordinator'],
  [/\/meetings\/\{meetingId\}\/accept$/, 'mentor'],
];

/** The principal allowed to call an operation, from `principalRules`. */
export function principalOf(method: string, path: string): FuzzPrincipal {
  const key = `${method.toUpperCase()} ${path}`;
  return principalRules.find(([pattern]) => pattern.test(key))?.[1] ?? 'mentee';
}

type OpenApiOperation = {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type RegisteredRoute = {
  type: string;
  route?: {
    method: string;
    path: string;
    request?: { params?: z.ZodType; query?: z.ZodType; body?: { content: Record<string, { schema: z.ZodType }> } };
  };
};

/**
 * Every operation of the app's OpenAPI document that takes input (path or query parameters, a
 * JSON body), with the route's own zod validators from the app's registry, so the fuzzer knows
 * which of its inputs must be refused.
 */
export async function readFuzzOperations(
  app: ConstellationApp,
): Promise<{ operations: FuzzOperation[]; components: Record<string, JsonSchema> }> {
  const response = await app.request('/api/openapi.json');
  const document = (await response.json()) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  const registered = (app.openAPIRegistry.definitions as RegisteredRoute[]).filter((definition) => definition.type === 'route');
  const operations: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
        .map((parameter) => ({
          name: parameter.name,
          in: parameter.in as 'path' | 'query',
          required: parameter.required === true,
          schema: parameter.schema,
        }));
      const body = operation.requestBody?.content['application/json']?.schema;
      if (parameters.length === 0 && body === undefined) continue;
      const route = registered.find((definition) => definition.route?.method === method && definition.route.path === path)?.route;
      if (!route) throw new Error(`${method.toUpperCase()} ${path} is in the document but not in the registry`);
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters,
        body,
        validators: {
          params: route.request?.params,
          query: route.request?.query,
          body: route.request?.body?.content['application/json']?.schema,
        },
        principal: principalOf(method, path),
      });
    }
  }
  return { operations, components: document.components.schemas };
}
