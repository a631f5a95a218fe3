import { create as contentDisposition } from 'content-disposition';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { neutraliseFormula, type CsvRow, type CsvTable } from '../../domain/csv-table.ts';

/**
 * The text of a CSV file, the one way the product writes one: a UTF-8 byte order mark (so
 * spreadsheets read accents right), CRLF line ends, quoting where needed, and every text cell
 * that a spreadsheet could run as a formula prefixed with a single quote. Numbers stay numbers.
 *
 * @example writeCsv([['name', 'hours'], ['=1+1', -3]]) // "\uFEFFname,hours\r\n'=1+1,-3\r\n"
 */
export function writeCsv(rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], { bom: true, record_delimiter: 'windows', cast: { string: neutraliseFormula } });
}

/**
 * Answers a request with a CSV file to download: the text from `writeCsv`, `text/csv` in UTF-8,
 * an attachment under `filename` (quoted and encoded for any character), and never cached,
 * since every export the product has carries people's details.
 *
 * @example return sendCsv(c, { filename: 'audit-log.csv', rows: [['action'], ['person_erased']] });
 */
export function sendCsv(c: Context, table: CsvTable) {
  return c.body(writeCsv(table.rows), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': contentDisposition(table.filename),
    'Cache-Control': 'no-store',
  });
}
