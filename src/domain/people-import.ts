import type { z } from 'zod';
import { limits } from '../../shared/limits.ts';
import type { ColumnMapping, ImportError, ImportTargetField } from '../../shared/schemas/imports.ts';
import { importTargetFields } from '../../shared/schemas/imports.ts';
import { EmailSchema, isSingleLine, singleLineMessage } from '../../shared/schemas/common.ts';
import { ProfileFieldsSchema, TimeZoneSchema } from '../../shared/schemas/profiles.ts';
import type { Actor } from './person.ts';

/**
 * One valid row of a people import: the email it is matched on, and a value for every mapped
 * field given (absent keys are unmapped fields or empty optional cells, which the import leaves
 * as they are).
 */
export type ImportedPerson = {
  line: number;
  email: string;
  displayName: string;
  department?: string | null;
  jobTitle?: string | null;
  seniorityLevel?: number | null;
  location?: string | null;
  timeZone?: string | null;
  languages?: string[];
  education?: string | null;
  profession?: string | null;
  expertiseOffered?: string[];
  expertiseWanted?: string[];
  mentorCapacity?: number;
  supervisorEmail?: string | null;
};

/** A mapped field and where its column sits in each record. */
export type MappedColumn = { field: ImportTargetField; column: string; index: number };

/** Only organization admins bring people in, like invitations. */
export function canImportPeople(actor: Actor): boolean {
  return actor.organizationRole === 'admin';
}

/**
 * The delimiter a header line uses: whichever of `;`, `,` and tab occurs most outside quotes.
 *
 * @example detectDelimiter('Email;Full Name;Dept') // ';'
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

const synonyms: Record<ImportTargetField, string[]> = {
  email: ['email', 'workemail', 'emailaddress', 'workemailaddress', 'businessemail', 'mail'],
  displayName: ['displayname', 'fullname', 'name', 'employeename', 'employee', 'preferredname'],
  department: ['department', 'dept', 'function', 'division', 'team'],
  jobTitle: ['jobtitle', 'title', 'position', 'designation'],
  seniorityLevel: ['senioritylevel', 'seniority', 'level', 'grade', 'joblevel'],
  supervisorEmail: ['supervisoremail', 'manageremail', 'managersemail', 'linemanageremail', 'reportstoemail', 'reportsto'],
  location: ['location', 'office', 'city', 'worklocation', 'site'],
  timeZone: ['timezone', 'tz'],
  languages: ['languages', 'language', 'spokenlanguages'],
  education: ['education', 'degree'],
  profession: ['profession', 'occupation'],
  expertiseOffered: ['expertiseoffered', 'expertise', 'skills', 'canmentoron'],
  expertiseWanted: ['expertisewanted', 'wantstolearn', 'learninggoals', 'developmentareas'],
  mentorCapacity: ['mentorcapacity', 'capacity', 'maxmentees'],
};

const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.'’]/g, '');

/**
 * Matches header names to fields, ignoring case, spaces, underscores and hyphens, with common HR
 * synonyms ("Work Email", "Employee Name", "Dept", "Manager Email", "TZ", "Grade", "Office").
 *
 * @example autoMapColumns(['E-mail', 'Full Name']) // { email: 'E-mail', displayName: 'Full Name' }
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalized = headers.map(normalizeHeader);
  for (const field of importTargetFields) {
    for (const synonym of synonyms[field]) {
      const index = normalized.findIndex((name, i) => name === synonym && !used.has(headers[i] ?? ''));
      const header = headers[index];
      if (index < 0 || header === undefined) continue;
      mapping[field] = header;
      used.add(header);
      break;
    }
  }
  return mapping;
}

/** Resolves a mapping against the header, or lists why it cannot be used (reported on line 1). */
export function resolveMapping(mapping: ColumnMapping, headers: readonly string[]): { columns: MappedColumn[]; problems: ImportError[] } {
  const columns: MappedColumn[] = [];
  const problems: ImportError[] = [];
  for (const field of importTargetFields) {
    const column = mapping[field];
    if (column === undefined) {
      if (field === 'email' || field === 'displayName') {
        problems.push({ line: 1, column: null, message: `no column is mapped to ${field}, which is required` });
      }
      continue;
    }
    const index = headers.indexOf(column);
    if (index < 0) problems.push({ line: 1, column, message: `column "${column}" (mapped to ${field}) is not in the file` });
    else columns.push({ field, column, index });
  }
  return { columns, problems };
}

/**
 * Splits a list cell on `|`, `;` or `,`, trimming and dropping empty and repeated entries.
 *
 * @example splitList('English | French;english') // ['English', 'French', 'english']
 */
export function splitList(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[|;,]/)
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    ),
  ];
}

type Parsed = { value: string | number | string[] | null } | { message: string };

function wholeNumber(cell: string, min: number, max: number): Parsed {
  const value = /^\d+$/.test(cell) ? Number(cell) : Number.NaN;
  return value >= min && value <= max ? { value } : { message: `must be a whole number from ${min} to ${max}` };
}

function text(cell: string, max: number): Parsed {
  if (cell === '') return { value: null };
  if (cell.length > max) return { message: `must be at most ${max} characters` };
  return isSingleLine(cell) ? { value: cell } : { message: singleLineMessage };
}

function list(cell: string, schema: z.ZodType<string[]>): Parsed {
  const result = schema.safeParse(splitList(cell));
  return result.success ? { value: result.data } : { message: result.error.issues[0]?.message ?? 'is not a valid list' };
}

const checkedZones = new Map<string, boolean>();

/** TimeZoneSchema builds an Intl formatter per check (~0.1 ms); an export repeats a few dozen zones. */
function isTimeZone(cell: string): boolean {
  let known = checkedZones.get(cell);
  if (known === undefined) {
    known = TimeZoneSchema.safeParse(cell).success;
    if (checkedZones.size < 10_000) checkedZones.set(cell, known);
  }
  return known;
}

const shape = ProfileFieldsSchema.shape;
const fieldParsers: Record<ImportTargetField, (cell: string) => Parsed> = {
  email: (cell) => {
    if (cell === '') return { message: 'is required' };
    const result = EmailSchema.safeParse(cell);
    return result.success ? { value: result.data } : { message: `"${cell}" is not a valid email address` };
  },
  displayName: (cell) => (cell === '' ? { message: 'is required' } : text(cell, limits.nameMax)),
  department: (cell) => text(cell, limits.shortTextMax),
  jobTitle: (cell) => text(cell, limits.shortTextMax),
  seniorityLevel: (cell) => (cell === '' ? { value: null } : wholeNumber(cell, 1, 20)),
  supervisorEmail: (cell) => {
    if (cell === '') return { value: null };
    const result = EmailSchema.safeParse(cell);
    return result.success ? { value: result.data } : { message: `"${cell}" is not a valid email address` };
  },
  location: (cell) => text(cell, limits.shortTextMax),
  timeZone: (cell) => {
    if (cell === '') return { value: null };
    return isTimeZone(cell)
      ? { value: cell }
      : { message: `unknown time zone "${cell}" (must be an IANA time zone such as Europe/Lisbon)` };
  },
  languages: (cell) => list(cell, shape.languages),
  education: (cell) => text(cell, limits.shortTextMax),
  profession: (cell) => text(cell, limits.shortTextMax),
  expertiseOffered: (cell) => list(cell, shape.expertiseOffered),
  expertiseWanted: (cell) => list(cell, shape.expertiseWanted),
  mentorCapacity: (cell) => wholeNumber(cell, 0, 50),
};

const requiredFields: ReadonlySet<ImportTargetField> = new Set(['email', 'displayName']);

/**
 * Checks one record (cells already trimmed) against the field rules; every problem names its
 * line and column. An empty cell of an optional column is not given: its key is left out, as for
 * an unmapped column, so the import keeps what the person already has.
 *
 * @example validatePersonRow(['ana@x.org', 'Ana'], columns, 2) // { person: { line: 2, email: 'ana@x.org', displayName: 'Ana' } }
 */
export function validatePersonRow(
  cells: readonly string[],
  columns: readonly MappedColumn[],
  line: number,
): { person: ImportedPerson } | { errors: ImportError[] } {
  const values: Record<string, unknown> = { line };
  const errors: ImportError[] = [];
  for (const { field, column, index } of columns) {
    const cell = cells[index] ?? '';
    // An empty optional cell is "not given": the field is left as it is (a new person gets its default).
    if (cell === '' && !requiredFields.has(field)) continue;
    const parsed = fieldParsers[field](cell);
    if ('message' in parsed) errors.push({ line, column, message: `${field}: ${parsed.message}` });
    else values[field] = parsed.value;
  }
  // Every field was parsed by its own rule above, so the record has ImportedPerson's shape.
  return errors.length > 0 ? { errors } : { person: values as ImportedPerson };
}
