import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';

/**
 * A backup file: gzip'd JSON lines. The first line is the header (format, migration level,
 * tables in restore order with their row counts); then one line per row, `{"t":table,"r":row}`,
 * each table's rows together; the last line, `{"end":true,"rows":n}`, proves the file is whole.
 * The rows are the server's own JSON encoding of each value, so a backup of embedded PGlite
 * restores into PostgreSQL and the other way round.
 */
export const BACKUP_FORMAT = 'constellation-backup';
export const BACKUP_VERSION = 1;

const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  migrations: z.object({ count: z.number().int(), last: z.string() }),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0) })),
});

export type BackupHeader = z.infer<typeof HeaderSchema>;

const EndSchema = z.object({ end: z.literal(true), rows: z.number().int().min(0) });

/**
 * A row line, taken apart without parsing the row: JSON.parse would round big integers and long
 * numerics to doubles, while PostgreSQL reads the text back exactly (and rejects bad JSON).
 */
const ROW_LINE = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(\{.*\})\}$/s;

/** One parsed line after the header: a row of a table, or the end marker. */
export type BackupLine = { table: string; rowJson: string } | { end: true; rows: number };

/** A backup file that cannot be read or is not one of ours. */
export function invalidBackup(message: string): DomainError {
  return new DomainError('invalid', 'backup_invalid', `Not a usable backup file: ${message}`);
}

/** The line that starts a backup file. */
export function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header)}\n`;
}

/** One row's line; `rowJson` is already JSON text, written as is. */
export function rowLine(table: string, rowJson: string): string {
  return `{"t":${JSON.stringify(table)},"r":${rowJson}}\n`;
}

/** The line that ends a whole backup file. */
export function endLine(rows: number): string {
  return `${JSON.stringify({ end: true, rows })}\n`;
}

/**
 * Opens a backup file: its header, and the lines after it. A damaged or truncated file fails
 * with `backup_invalid` while reading.
 */
export async function openBackupFile(file: string): Promise<{ header: BackupHeader; lines: AsyncGenerator<BackupLine> }> {
  const gunzip = createGunzip();
  createReadStream(file)
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip);
  gunzip.setEncoding('utf8');
  const reader = splitLines(gunzip)[Symbol.asyncIterator]();
  const first = await nextLine(reader);
  if (first === undefined) throw invalidBackup('the file is empty');
  const header = HeaderSchema.safeParse(parseJson(first));
  if (!header.success) throw invalidBackup('the header is not a Constellation backup header');
  return { header: header.data, lines: parseLines(reader) };
}

/**
 * Lines split on "\n" only: readline also splits on U+2028 and U+2029, which PostgreSQL's JSON
 * leaves unescaped inside strings.
 */
async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest !== '') yield rest;
}

async function nextLine(reader: AsyncIterator<string>): Promise<string | undefined> {
  try {
    const next = await reader.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    throw invalidBackup(error instanceof Error ? error.message : String(error));
  }
}

async function* parseLines(reader: AsyncIterator<string>): AsyncGenerator<BackupLine> {
  for (let line = await nextLine(reader); line !== undefined; line = await nextLine(reader)) {
    if (line === '') continue;
    const row = ROW_LINE.exec(line);
    if (row?.[1] && row[2]) {
      yield { table: String(parseJson(row[1])), rowJson: row[2] };
      continue;
    }
    const end = EndSchema.safeParse(parseJson(line));
    if (!end.success) throw invalidBackup('a line is neither a row nor the end marker');
    yield end.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidBackup('a line is not JSON');
  }
}
