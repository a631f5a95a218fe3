import fc from 'fast-check';
import { fieldIssuesOf, unstorableTextIssues } from '../../api/errors.ts';
import type { z } from 'zod';
import { baseBodies } from './base-bodies.ts';
import { exampleOf, fieldsOf, type JsonSchema } from './json-schema.ts';
import {
  dateKindOf,
  farDates,
  hostileParameterValues,
  hostileValuesFor,
  malformedBodies,
  rawJson,
  toJsonText,
  wrongContentTypes,
} from './hostile-values.ts';
import type { FuzzOperation } from './operations.ts';

/** One request the fuzzer sends, and what the route's own schema says about it. */
export type FuzzCase = {
  /** What was broken, for the failure message: `body.need.text = "<script>…"`. */
  label: string;
  method: string;
  url: string;
  contentType: string | undefined;
  body: string | undefined;
  /** The field (body path or parameter name) the case broke, if it broke one. */
  target: string | undefined;
  /** The fields the route's zod schema refuses in this input (empty when it accepts it); undefined when it cannot be known (not JSON, a path that does not route). */
  refused: string[] | undefined;
};

/** The valid input every case starts from: real ids in the path, a small valid body. */
export type FuzzBase = { params: Record<string, string>; query: Record<string, string>; body: unknown };

/** A valid starting input for an operation, or the zod issues that make the generated one invalid. */
export function baseInputOf(
  operation: FuzzOperation,
  components: Record<string, JsonSchema>,
  ids: Record<string, string>,
): { base: FuzzBase; problems: string[] } {
  const params: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path')
      params[parameter.name] = ids[parameter.name] ?? String(exampleOf(parameter.schema, components, ids, parameter.name));
    else if (parameter.required) query[parameter.name] = String(exampleOf(parameter.schema, components, ids, parameter.name));
  }
  const fixed = baseBodies[`${operation.method} ${operation.path}`];
  const body = fixed ? fixed(ids) : operation.body ? exampleOf(operation.body, components, ids) : undefined;
  const base = { params, query, body };
  const problems = [
    ...issuesOf(operation.validators.params, params),
    ...issuesOf(operation.validators.query, query),
    ...(operation.body ? issuesOf(operation.validators.body, body) : []),
  ];
  return { base, problems };
}

/** Field paths the API refuses in a value (its zod schema, then text the database cannot store), named as the API names them (`need.text`, `(body)`). */
export function issuesOf(schema: z.ZodType | undefined, value: unknown): string[] {
  if (!schema) return [];
  const result = schema.safeParse(value);
  if (result.success) return unstorableTextIssues(result.data).map((issue) => issue.field);
  return fieldIssuesOf(result.error).map((issue) => issue.field);
}

/** `value` with `path` set to `replacement` (or removed), making parents as needed. */
function withField(value: unknown, path: string[], replacement: unknown, remove = false): unknown {
  const copy: unknown = structuredClone(value);
  const root: Record<string, unknown> = copy !== null && typeof copy === 'object' ? (copy as Record<string, unknown>) : {};
  let node = root;
  path.slice(0, -1).forEach((key, index) => {
    const next = node[key];
    node[key] = next !== null && typeof next === 'object' ? next : /^\d+$/.test(path[index + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  const last = path[path.length - 1] ?? '';
  if (remove) delete node[last];
  else node[last] = replacement;
  return root;
}

/** A path segment as sent: URL-encoded, never a dot segment the URL parser would fold away. */
function encodeSegment(value: string): string {
  const encoded = encodeURIComponent(value.toWellFormed());
  return /^(\.|%2e){1,2}$/i.test(encoded) ? `${encoded}x` : encoded;
}

/** The URL of an operation with these path and query values, encoded as a client would send them. */
export function urlOf(operation: Pick<FuzzOperation, 'path'>, params: Record<string, string>, query: Record<string, string>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeSegment(params[name] ?? ''));
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, value.toWellFormed()])).toString();
  return search ? `${path}?${search}` : path;
}

/** The value the server will see after parsing `text` (undefined when it is not JSON). */
function parsedOrUndefined(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * fast-check arbitrary of invalid and boundary requests for one operation: a body field broken
 * (wrong type, past a limit, hostile text, missing), unknown and prototype-polluting keys,
 * malformed JSON, wrong content types, and broken path and query parameters (`worldIds`: ids of
 * other rows, sent in place of the real one).
 */
export function fuzzCasesFor(
  operation: FuzzOperation,
  components: Record<string, JsonSchema>,
  base: FuzzBase,
  worldIds: string[] = [],
): fc.Arbitrary<FuzzCase> {
  const jsonCase = (label: string, target: string | undefined, body: unknown): FuzzCase => {
    const text = toJsonText(body);
    const parsed = parsedOrUndefined(text);
    return {
      label,
      method: operation.method,
      url: urlOf(operation, base.params, base.query),
      contentType: 'application/json',
      body: text,
      target,
      refused: parsed ? issuesOf(operation.validators.body, parsed.value) : undefined,
    };
  };
  const choices: Array<{ arbitrary: fc.Arbitrary<FuzzCase>; weight: number }> = [];
  if (operation.body) {
    const fields = fieldsOf(operation.body, components);
    const required = fields.filter((field) => field.required && field.path.length === 1);
    if (fields.length > 0) {
      const broken = fc.oneof(
        ...fields.map((field) =>
          hostileValuesFor(field.schema, components).map((value) =>
            jsonCase(`body.${field.path.join('.')} = ${preview(value)}`, field.path.join('.'), withField(base.body, field.path, value)),
          ),
        ),
      );
      choices.push({ arbitrary: broken, weight: 12 });
    }
    if (required.length > 0) {
      const missing = fc
        .constantFrom(...required)
        .map((field) =>
          jsonCase(`body.${field.path.join('.')} missing`, field.path.join('.'), withField(base.body, field.path, undefined, true)),
        );
      choices.push({ arbitrary: missing, weight: 1 });
    }
    const pollutionKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField', 'toString', 'hasOwnProperty');
    const extra = fc
      .tuple(
        pollutionKeys,
        fc.constantFrom<unknown>(
          { polluted: true },
          { prototype: { polluted: true } },
          'x',
          rawJson(`${'['.repeat(2000)}${']'.repeat(2000)}`),
        ),
      )
      .map(([key, value]) => {
        const text = toJsonText(base.body).replace(
          /^\{/,
          `{${JSON.stringify(key)}:${toJsonText(value)}${toJsonText(base.body) === '{}' ? '' : ','}`,
        );
        const parsed = parsedOrUndefined(text);
        return {
          ...jsonCase(`body with key ${key}`, undefined, base.body),
          body: text,
          refused: parsed ? issuesOf(operation.validators.body, parsed.value) : undefined,
        };
      });
    choices.push({ arbitrary: extra, weight: 1 });
    const malformed = fc.constantFrom(...malformedBodies).map((text) => ({
      ...jsonCase(`body text ${preview(text)}`, undefined, base.body),
      body: text,
      refused: parsedTextIssues(operation, text),
    }));
    choices.push({ arbitrary: malformed, weight: 1 });
    const contentType = fc.constantFrom(...wrongContentTypes).map((type) => ({
      ...jsonCase(`content-type ${type}`, undefined, base.body),
      contentType: type,
      // Hono reads a body only when it is declared JSON: the route then validates an empty object.
      refused: /^application\/json\b/.test(type) ? undefined : issuesOf(operation.validators.body, {}),
    }));
    choices.push({ arbitrary: contentType, weight: 1 });
  }
  for (const where of ['path', 'query'] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === where);
    if (parameters.length === 0) continue;
    const validator = where === 'path' ? operation.validators.params : operation.validators.query;
    // A path parameter also gets the real id in capitals and the ids of other rows of the world.
    const valuesFor = (parameter: FuzzOperation['parameters'][number]) => {
      const real = base.params[parameter.name];
      const hostile = hostileParameterValues(parameter.schema, components);
      if (where === 'query' || real === undefined) return hostile;
      return fc.oneof(
        { arbitrary: hostile, weight: 4 },
        { arbitrary: fc.constantFrom(real.toUpperCase(), ...worldIds.filter((id) => id !== real)), weight: 1 },
      );
    };
    const brokenParameter = (parameter: FuzzOperation['parameters'][number]) =>
      valuesFor(parameter).map((value): FuzzCase => {
        const params = where === 'path' ? { ...base.params, [parameter.name]: value } : base.params;
        const query = where === 'query' ? { ...base.query, [parameter.name]: value } : base.query;
        return {
          label: `${where} ${parameter.name} = ${preview(value)}`,
          method: operation.method,
          url: urlOf(operation, params, query),
          contentType: operation.body ? 'application/json' : undefined,
          body: operation.body ? toJsonText(base.body) : undefined,
          target: parameter.name,
          refused: value.isWellFormed() ? issuesOf(validator, where === 'path' ? params : query) : undefined,
        };
      });
    const broken = fc.oneof(...parameters.map(brokenParameter));
    choices.push({ arbitrary: broken, weight: 3 });
  }
  return fc.oneof(...choices);
}

/**
 * Every far-past and far-future value (`farDates`) in every calendar field of an operation, body
 * and query, sent one by one: boundary cases the random ones may miss, so that a date the API
 * accepts but cannot afford (a calendar built up to year 9999) is always tried. A wall-clock
 * field is sent with its zone and without the instant it replaces.
 *
 * @example farDateCasesFor(operation, components, base).map((c) => c.label) // ['body.startsAt = "0001-01-01T00:00:00Z"', …]
 */
export function farDateCasesFor(operation: FuzzOperation, components: Record<string, JsonSchema>, base: FuzzBase): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const fields = operation.body ? fieldsOf(operation.body, components) : [];
  for (const field of fields) {
    const kind = dateKindOf(field.schema, components);
    if (!kind) continue;
    const siblings = fields.filter(
      (other) =>
        other.path.length === field.path.length &&
        other.path.slice(0, -1).join('.') === field.path.slice(0, -1).join('.') &&
        other !== field,
    );
    for (const value of farDates[kind]) {
      let body = withField(base.body, field.path, value);
      if (kind === 'local-date-time') {
        for (const sibling of siblings)
          if (dateKindOf(sibling.schema, components) === 'date-time') body = withField(body, sibling.path, undefined, true);
        const zone = siblings.find((sibling) => sibling.path.at(-1) === 'timeZone');
        if (zone) body = withField(body, zone.path, 'America/New_York');
      }
      const text = toJsonText(body);
      cases.push({
        label: `body.${field.path.join('.')} = ${preview(value)}`,
        method: operation.method,
        url: urlOf(operation, base.params, base.query),
        contentType: 'application/json',
        body: text,
        target: field.path.join('.'),
        refused: issuesOf(operation.validators.body, body),
      });
    }
  }
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
    const kind = dateKindOf(parameter.schema, components);
    if (!kind) continue;
    for (const value of farDates[kind]) {
      const query = { ...base.query, [parameter.name]: value };
      const body = operation.body ? toJsonText(base.body) : undefined;
      cases.push({
        label: `query ${parameter.name} = ${preview(value)}`,
        method: operation.method,
        url: urlOf(operation, base.params, query),
        contentType: body === undefined ? undefined : 'application/json',
        body,
        target: parameter.name,
        refused: issuesOf(operation.validators.query, query),
      });
    }
  }
  return cases;
}

function parsedTextIssues(operation: FuzzOperation, text: string): string[] | undefined {
  const parsed = parsedOrUndefined(text);
  return parsed ? issuesOf(operation.validators.body, parsed.value) : undefined;
}

/** A short, printable form of a value for failure messages. */
export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
}
