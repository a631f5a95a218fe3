import {
  ImportPreviewSchema,
  ImportReportSchema,
  type ColumnMapping,
  type ImportPreview,
  type ImportReport,
} from '../../../shared/schemas/index.ts';
import { requestFile, requestJson } from './client.ts';

/** Reads the CSV on the server and answers with its columns, a mapping, sample rows and errors. */
export function previewPeopleImport(csv: string, mapping?: ColumnMapping): Promise<ImportPreview> {
  return requestJson('/imports/people/preview', ImportPreviewSchema, { method: 'POST', body: { csv, mapping } });
}

/** The errors of the CSV as a CSV file, written by the server (the one writer that neutralises formulas). */
export function fetchImportErrorReport(csv: string, mapping: ColumnMapping): Promise<Blob> {
  return requestFile('/imports/people/report.csv', { method: 'POST', body: { csv, mapping } });
}

/** Imports the people; fails with `import_has_errors` when rows are invalid and skipping was not chosen. */
export function commitPeopleImport(csv: string, mapping: ColumnMapping, skipInvalidRows: boolean): Promise<ImportReport> {
  return requestJson('/imports/people/commit', ImportReportSchema, {
    method: 'POST',
    body: { csv, mapping, skipInvalidRows },
  });
}
