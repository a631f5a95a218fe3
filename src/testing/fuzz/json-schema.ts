/** The part of JSON Schema (as @hono/zod-openapi writes it) the fuzzer reads. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
};

/** Follows `$ref`s into the document's components and flattens `allOf`. */
export function resolveSchema(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) throw new Error(`unknown schema reference ${current.$ref}`);
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest };
  }
  if (current.allOf) {
    const { allOf, ...rest } = current;
    const merged: JsonSchema = { ...rest };
    for (const part of allOf) {
      const resolved = resolveSchema(part, components);
      Object.assign(merged, resolved, {
        properties: { ...merged.properties, ...resolved.properties },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      });
    }
    return merged;
  }
  return current;
}

/** The JSON types a schema allows (`null` included when it is nullable). */
export function typesOf(schema: JsonSchema): string[] {
  if (schema.const !== undefined) return [typeof schema.const];
  if (schema.enum) return [...new Set(schema.enum.map((value) => (value === null ? 'null' : typeof value)))];
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.flatMap(typesOf))];
  return [];
}

// A month from now: inside every date range the API accepts (shared/limits.ts, dateRanges).
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();

const exampleOfFormat: Record<string, string> = {
  email: 'fuzz-person@example.test',
  date: inAMonth.slice(0, 10),
  'date-time': inAMonth,
  uri: 'https://example.org/fuzz',
  url: 'https://example.org/fuzz',
};

/**
 * A small valid value for a schema: required properties only, the first enum value, the least
 * allowed number and length. A uuid property named like a world id (`menteeId`) takes that id.
 *
 * @example exampleOf({ type: 'object', properties: { n: { type: 'integer', minimum: 1 } }, required: ['n'] }, {}, {}) // { n: 1 }
 */
export function exampleOf(schema: JsonSchema, components: Record<string, JsonSchema>, ids: Record<string, string>, name = ''): unknown {
  const resolved = resolveSchema(schema, components);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum) return resolved.enum[0];
  if (resolved.default !== undefined) return resolved.default;
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives) {
    const first = alternatives.find((alternative) => !typesOf(resolveSchema(alternative, components)).includes('null')) ?? alternatives[0];
    return first ? exampleOf(first, components, ids, name) : null;
  }
  const type = typesOf(resolved).find((candidate) => candidate !== 'null') ?? 'null';
  switch (type) {
    case 'string': {
      if (resolved.format === 'uuid') return ids[name] ?? ids[`${name.replace(/Ids?$/, '')}Id`] ?? '7d444840-9dc0-41d5-8f5b-6f4b8b2e2a11';
      const formatted = resolved.format ? exampleOfFormat[resolved.format] : undefined;
      if (formatted) return formatted;
      const text = 'Fuzz text';
      const min = resolved.minLength ?? 0;
      return text.padEnd(Math.max(min, 1), 'x').slice(0, resolved.maxLength ?? Number.MAX_SAFE_INTEGER);
    }
    case 'integer':
    case 'number':
      return (
        resolved.minimum ?? (resolved.exclusiveMinimum === undefined ? Math.min(1, resolved.maximum ?? 1) : resolved.exclusiveMinimum + 1)
      );
    case 'boolean':
      return false;
    case 'array': {
      const count = resolved.minItems ?? 0;
      return Array.from({ length: count }, () => (resolved.items ? exampleOf(resolved.items, components, ids, name) : 'x'));
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of resolved.required ?? []) {
        const property = resolved.properties?.[key];
        value[key] = property ? exampleOf(property, components, ids, key) : 'x';
      }
      return value;
    }
    default:
      return null;
  }
}

/** A place in a body the fuzzer can break: its path from the root and its schema. */
export type FuzzField = { path: string[]; schema: JsonSchema; required: boolean };

/**
 * Every property of an object schema (required or not), and the properties of the objects and
 * first array items inside it, down to `depth` levels.
 */
export function fieldsOf(schema: JsonSchema, components: Record<string, JsonSchema>, path: string[] = [], depth = 4): FuzzField[] {
  const resolved = resolveSchema(schema, components);
  if (depth === 0) return [];
  const objectLike = resolved.properties
    ? resolved
    : (resolved.anyOf ?? resolved.oneOf ?? [])
        .map((alternative) => resolveSchema(alternative, components))
        .find((alternative) => alternative.properties);
  const fields: FuzzField[] = [];
  for (const [key, property] of Object.entries(objectLike?.properties ?? {})) {
    const field = { path: [...path, key], schema: property, required: objectLike?.required?.includes(key) ?? false };
    fields.push(field, ...fieldsOf(property, components, field.path, depth - 1));
  }
  const items = resolved.type === 'array' ? resolved.items : undefined;
  if (items)
    fields.push({ path: [...path, '0'], schema: items, required: false }, ...fieldsOf(items, components, [...path, '0'], depth - 1));
  return fields;
}
