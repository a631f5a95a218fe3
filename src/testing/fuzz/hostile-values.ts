import fc from 'fast-check';
import { resolveSchema, typesOf, type JsonSchema } from './json-schema.ts';

/**
 * Marks a value to be written into the JSON text as is (`1e999`, a deeply nested array), which
 * JSON.stringify cannot produce. `toJsonText` swaps the marker for the text.
 */
export const rawJson = (text: string) => `\u0000raw:${text}\u0000`;

/** JSON.stringify, then raw markers replaced by their JSON text. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000raw:(.*?)\\u0000"/g, (_match, text: string) => JSON.parse(`"${text}"`) as string);
}

const deepArray = rawJson(`${'['.repeat(3000)}${']'.repeat(3000)}`);
const deepObject = rawJson(`${'{"a":'.repeat(1500)}1${'}'.repeat(1500)}`);
const pollution = (): unknown =>
  JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}');

/** Strings that break parsers, databases and pages more often than random text does. */
const hostileStrings = [
  '',
  ' ',
  '   \t\n  ',
  '\u0000',
  'before\u0000after',
  '\uD800',
  'lone \uDC00 low surrogate',
  '\uFEFFbom',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שָׁלוֹם',
  '🧭🌌👩🏽‍🔬',
  'Z̵̡̢͎̬a̸̛͙l̶̡͎g̷o̴',
  "' OR '1'='1' --",
  "Robert'); DROP TABLE people;--",
  '%_\\%',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder sent as plain text is the point
  '$1 $$ ${x}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example")',
  'email,name\n"unterminated,quote\n',
  'a,b\r\n1,2,3,4\r\n"x""y",\u00a0',
  '../../../etc/passwd',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  'null',
  'undefined',
  'true',
  '0x1F',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '7D444840-9DC0-41D5-8F5B-6F4B8B2E2A11',
  '2024-02-30',
  '2024-13-01T25:61:00Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-00-00',
  'no-at-sign',
  'a@b',
  '__proto__',
  'constructor',
];

const hostileNumbers: unknown[] = [
  0,
  -1,
  -0.5,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  rawJson('1e999'),
  rawJson('-1e999'),
  rawJson('1E+400'),
];

const wrongTypes: Record<string, unknown[]> = {
  string: [12345, -1, true, null, [], {}, ['x'], { value: 'x' }],
  number: ['12', 'NaN', 'Infinity', '', true, null, [], {}, [1]],
  integer: ['12', 'NaN', '', true, null, [], {}, 1.5, -0.000001],
  boolean: ['true', 'false', 0, 1, null, [], {}, 'yes'],
  array: ['x', 1, true, null, {}, { 0: 'x', length: 1 }],
  object: ['x', 1, true, null, [], [{}]],
  null: ['x', 0, false, [], {}],
};

/** What kind of calendar value a schema holds, if any: a date, an instant, or a wall-clock date-time. */
export type DateKind = 'date' | 'date-time' | 'local-date-time';

/** The calendar kind of a schema (or of one of its alternatives, for a nullable date), from its format or pattern. */
export function dateKindOf(schema: JsonSchema, components: Record<string, JsonSchema>): DateKind | undefined {
  const resolved = resolveSchema(schema, components);
  const alternatives = (resolved.anyOf ?? resolved.oneOf ?? []).map((alternative) => resolveSchema(alternative, components));
  for (const candidate of [resolved, ...alternatives]) {
    if (candidate.format === 'date' || candidate.format === 'date-time') return candidate.format;
    if (candidate.pattern && new RegExp(candidate.pattern).test('2026-03-10T09:30')) return 'local-date-time';
    if (candidate.pattern && new RegExp(candidate.pattern).test('2026-03-10')) return 'date';
  }
  return undefined;
}

/**
 * Far-past and far-future values of each calendar kind: years the format allows but no mentoring
 * program needs (a meeting in 9998 once held the event loop for 40 s while its calendar was built).
 */
export const farDates: Record<DateKind, string[]> = {
  date: ['0001-01-01', '1000-06-15', '2200-01-01', '9999-12-31'],
  'date-time': ['0001-01-01T00:00:00Z', '1000-06-15T10:00:00Z', '2200-01-01T10:00:00Z', '9998-12-31T10:00:00Z', '9999-12-31T23:59:59Z'],
  'local-date-time': ['0001-01-01T10:00', '2200-01-01T10:00', '9998-12-31T10:00'],
};

/**
 * Values likely to be invalid for a schema, and boundary values that may just pass: wrong types,
 * one past each length and range limit, unknown enum values, hostile and random unicode strings,
 * huge and non-finite numbers, deeply nested JSON and prototype-pollution objects.
 */
export function hostileValuesFor(schema: JsonSchema, components: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
  const resolved = resolveSchema(schema, components);
  const types = typesOf(resolved);
  const specific: unknown[] = [...types.flatMap((type) => wrongTypes[type] ?? []), deepArray, deepObject];
  const generated: Array<fc.Arbitrary<unknown>> = [fc.constantFrom(...hostileStrings), fc.constant(null).map(pollution)];
  if (resolved.enum)
    specific.push(
      'not_a_known_value',
      ...resolved.enum
        .filter((value) => typeof value === 'string')
        .flatMap((value) => [`${value} `, value.toUpperCase(), `${value}\u0000`]),
    );
  const dateKind = dateKindOf(schema, components);
  if (dateKind) specific.push(...farDates[dateKind]);
  if (types.includes('string')) {
    const max = resolved.maxLength ?? 4000;
    // Beyond 100k characters (the CSV import's limit), one plain string past the limit is enough.
    specific.push('x'.repeat(max + 1), ...(max < 100_000 ? ['🧭'.repeat(max + 1), 'é'.repeat(max + 1)] : []));
    if ((resolved.minLength ?? 0) > 0) specific.push('x'.repeat((resolved.minLength ?? 1) - 1));
    generated.push(fc.string({ unit: 'binary', maxLength: Math.min(max + 8, 300) }));
    // Random text right at the limit (graphemes of several code units each); beyond a thousand
    // characters, generating it costs more than the plain strings above prove.
    if (max <= 1000) generated.push(fc.string({ unit: 'grapheme', minLength: max, maxLength: max + 2 }));
  }
  if (types.includes('number') || types.includes('integer')) {
    specific.push(...hostileNumbers);
    if (resolved.maximum !== undefined) specific.push(resolved.maximum + 1, resolved.maximum + 0.5);
    if (resolved.minimum !== undefined) specific.push(resolved.minimum - 1, resolved.minimum - 0.5);
    generated.push(fc.double(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 }));
  }
  if (types.includes('array')) {
    const max = resolved.maxItems ?? 200;
    specific.push(
      Array.from({ length: max + 1 }, (_, i) => `item ${i}`),
      [null],
      [[]],
      [{}],
      ['\u0000'],
    );
  }
  if (types.includes('object')) specific.push({ unknownField: 'x' });
  return fc.oneof(fc.constantFrom(...specific), ...generated);
}

/** Bodies that are not the JSON object a route expects, sent as they are. */
export const malformedBodies = [
  '',
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '[1,2',
  'nul',
  '{"a":"\\x00"}',
  '\uFEFF{}',
  '[]',
  'null',
  '1',
  '"text"',
  'true',
  `${'['.repeat(20000)}${']'.repeat(20000)}`,
  `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
];

/** Content types a JSON route should refuse (the valid body is sent with each). */
export const wrongContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'text/csv',
  'application/xml',
  'application/json; charset=utf-16',
  'application/jsonx',
];

/** Values for a path or query parameter, already as text (they are sent URL-encoded). */
export function hostileParameterValues(schema: JsonSchema, components: Record<string, JsonSchema>): fc.Arbitrary<string> {
  const resolved = resolveSchema(schema, components);
  const specific = hostileStrings.filter((value) => value !== '');
  if (resolved.enum) specific.push('not_a_known_value', ...resolved.enum.map((value) => `${String(value).toUpperCase()}`));
  if (resolved.maxLength !== undefined) specific.push('x'.repeat(resolved.maxLength + 1));
  const dateKind = dateKindOf(schema, components);
  if (dateKind) specific.push(...farDates[dateKind]);
  specific.push('x'.repeat(5000), '-1', '99999999999999999999', '1.5', '[object Object]');
  return fc.oneof(fc.constantFrom(...specific), fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }));
}
