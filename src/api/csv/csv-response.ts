import { create as contentDisposition } from 'content-disposition';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { neutraliseFormula, type CsvRow, type CsvTable } from '../../domain/csv-table.ts';

function writeRows(rows: readonly CsvRow[], bom: boolean): string {
  return stringify(rows as CsvRow[], { bom, record_delimiter: 'windows', cast: { string: neutraliseFormula } });
}

/**
 * The text of a CSV file, the one way the product writes one: a UTF-8 byte order mark (so
 * spreadsheets read accents right), CRLF line ends, quoting where needed, and every text cell
 * that a spreadsheet could run as a formula prefixed with a single quote. Numbers stay numbers.
 *
 * @example writeCsv([['name', 'hours'], ['=1+1', -3]]) // "\uFEFFname,hours\r\n'=1+1,-3\r\n"
 */
export function writeCsv(rows: readonly CsvRow[]): string {
  return writeRows(rows, true);
}

function csvHeaders(filename: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': contentDisposition(filename),
    'Cache-Control': 'no-store',
  };
}

/**
 * Answers a request with a CSV file to download: the text from `writeCsv`, `text/csv` in UTF-8,
 * an attachment under `filename` (quoted and encoded for any character), and never cached,
 * since every export the product has carries people's details.
 *
 * @example return sendCsv(c, { filename: 'audit-log.csv', rows: [['action'], ['person_erased']] });
 */
export function sendCsv(c: Context, table: CsvTable) {
  return c.body(writeCsv(table.rows), 200, csvHeaders(table.filename));
}

/**
 * Answers with a CSV file written as its rows arrive, a batch at a time (header first, in the
 * first batch), so a large export holds one batch in memory, never the whole list; the next
 * batch is read only when the client has taken the previous one. The same writer as `writeCsv`:
 * BOM, CRLF, quoting and formula neutralising. A failure after the first bytes cuts the file
 * short (the status is already sent), so callers check permissions before the first batch.
 *
 * @example return streamCsv(c, 'audit-log.csv', exportAuditLogBatches(ctx, actor, filter));
 */
export function streamCsv(c: Context, filename: string, batches: AsyncIterable<readonly CsvRow[]>) {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          if (first) controller.enqueue(encoder.encode('\uFEFF'));
          controller.close();
          return;
        }
        if (next.value.length === 0) continue;
        controller.enqueue(encoder.encode(writeRows(next.value, first)));
        first = false;
        return;
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return c.body(body, 200, csvHeaders(filename));
}
