import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { ColumnMapping, ImportError } from '../../../shared/schemas/imports.ts';
import {
  autoMapColumns,
  detectDelimiter,
  resolveMapping,
  validatePersonRow,
  type ImportedPerson,
  type MappedColumn,
} from '../../domain/people-import.ts';

/** Where a CSV comes from: a string (the API) or a file streamed from disk (the CLI). */
export type CsvSource = { text: string } | { path: string };

/** One record: the physical line it starts on, its trimmed cells, and its validation result. */
export type PeopleCsvRow = {
  line: number;
  cells: string[];
  /** Bytes of the source read so far, for progress. */
  bytes: number;
  result: { person: ImportedPerson } | { errors: ImportError[] };
  /** Set on the last row when the rest of the file could not be parsed. */
  unreadable?: true;
};

export type PeopleCsv = {
  columns: string[];
  mapping: ColumnMapping;
  mapped: MappedColumn[];
  /** File-level problems (no header, a required field not mapped): no row can be imported. */
  problems: ImportError[];
  rows: AsyncIterable<PeopleCsvRow>;
  /** Stops reading early (rows not consumed to the end). */
  close: () => Promise<void>;
};

/** A record of a CSV with the physical line it starts on, or where the file stopped being readable. */
export type RawRecord = { line: number; cells: string[]; bytes: number } | { line: number; error: string };

const chunkBytes = 64 * 1024;

function openStream(source: CsvSource): Readable {
  if ('path' in source) return createReadStream(source.path, { highWaterMark: chunkBytes });
  const bytes = Buffer.from(source.text);
  return Readable.from(
    (function* () {
      for (let start = 0; start < bytes.length; start += chunkBytes) yield bytes.subarray(start, start + chunkBytes);
    })(),
  );
}

/** The first non-blank line, which the delimiter is detected from. */
function headerLineOf(source: CsvSource): string {
  let head: string;
  if ('path' in source) {
    const fd = openSync(source.path, 'r');
    try {
      const buffer = Buffer.alloc(chunkBytes);
      head = buffer.subarray(0, readSync(fd, buffer, 0, chunkBytes, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } else {
    head = source.text.slice(0, chunkBytes);
  }
  return (
    head
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)
      .find((line) => line.trim() !== '') ?? ''
  );
}

const countMatches = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Parses records with csv-parse, tolerating BOM, CRLF, blank lines, loose quotes and ragged rows.
 * csv-parse's `info.lines` is the line a record ends on and counts a CRLF inside quotes twice,
 * so the start line is recovered from the line breaks inside the record's own cells.
 */
export async function* readCsvRecords(source: CsvSource): AsyncGenerator<RawRecord> {
  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(headerLineOf(source)),
    info: true,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
    relax_quotes: true,
  });
  const input = openStream(source);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let overcount = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      const multiline = record.some((cell) => cell.includes('\n') || cell.includes('\r'));
      const joined = multiline ? record.join('') : '';
      yield { line: info.lines - overcount - countMatches(joined, /[\r\n]/g), cells: record, bytes: info.bytes };
      overcount += countMatches(joined, /\r\n/g);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines - overcount : 0;
    yield { line, error: `the file cannot be read from here on: ${error.message}` };
  } finally {
    input.destroy();
  }
}

/**
 * Opens a people CSV: reads the header, applies the mapping (or maps columns by their names) and
 * returns the remaining records, each validated, as a stream.
 *
 * @example const csv = await openPeopleCsv({ path: 'people.csv' }); for await (const row of csv.rows) …
 */
export async function openPeopleCsv(source: CsvSource, mapping?: ColumnMapping): Promise<PeopleCsv> {
  const records = readCsvRecords(source);
  const first = await records.next();
  if (first.done || 'error' in first.value) {
    await records.return(undefined);
    const message = first.done || !('error' in first.value) ? 'the file has no header line' : first.value.error;
    const problems = [{ line: 1, column: null, message }];
    return { columns: [], mapping: mapping ?? {}, mapped: [], problems, rows: (async function* () {})(), close: async () => undefined };
  }
  const columns = first.value.cells;
  const effective = mapping ?? autoMapColumns(columns);
  const { columns: mapped, problems } = resolveMapping(effective, columns);
  async function* rows(): AsyncGenerator<PeopleCsvRow> {
    for await (const record of records) {
      if ('error' in record) {
        const errors = [{ line: record.line, column: null, message: record.error }];
        yield { line: record.line, cells: [], bytes: 0, result: { errors }, unreadable: true };
        return;
      }
      yield { ...record, result: validatePersonRow(record.cells, mapped, record.line) };
    }
  }
  const close = async () => {
    await records.return(undefined);
  };
  return { columns, mapping: effective, mapped, problems, rows: rows(), close };
}
