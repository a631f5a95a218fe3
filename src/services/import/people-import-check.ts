import type { ColumnMapping, ImportError, ImportPreview } from '../../../shared/schemas/imports.ts';
import { findEmailsInOrganization } from '../../db/repositories/people-import.repository.ts';
import type { ServiceContext } from '../context.ts';
import { openPeopleCsv, type CsvSource } from './csv-people-reader.ts';

/** Rows per database round trip, in both passes. */
export const importBatchSize = 500;
const sampleSize = 10;

export type ImportProgress = { phase: 'checking' | 'writing' | 'linking supervisors'; done: number; total: number };

/** What the checking pass learns: the preview, and which lines the writing pass must skip. */
export type ImportCheck = {
  preview: ImportPreview;
  invalidLines: Set<number>;
  /** No row can be imported (no header, required fields unmapped, a broken file). */
  fatal: boolean;
};

type SupervisorReference = { line: number; email: string; supervisorEmail: string };

/**
 * The first streaming pass, which writes nothing: validates every row, finds emails repeated in
 * the file, and checks that every supervisor is a person of the organization or a valid row of
 * the file. Other organizations are never looked at: an address they also hold is no error here.
 */
export async function checkPeopleCsv(
  ctx: ServiceContext,
  organizationId: string,
  source: CsvSource,
  options: { mapping?: ColumnMapping | undefined; onProgress?: ((progress: ImportProgress) => void) | undefined },
): Promise<ImportCheck> {
  const csv = await openPeopleCsv(source, options.mapping);
  const errors: ImportError[] = [...csv.problems];
  const invalidLines = new Set<number>();
  const sampleRows: Array<Record<string, string>> = [];
  const fileEmails = new Map<string, number>();
  const references: SupervisorReference[] = [];
  const emailColumn = csv.mapping.email ?? null;
  const supervisorColumn = csv.mapping.supervisorEmail ?? null;
  let totalRows = 0;
  let fatal = csv.problems.length > 0;
  const reject = (line: number, column: string | null, message: string) => {
    errors.push({ line, column, message });
    invalidLines.add(line);
  };

  for await (const row of csv.rows) {
    if (row.unreadable) {
      fatal = true;
      errors.push(...('errors' in row.result ? row.result.errors : []));
      break;
    }
    totalRows += 1;
    if (sampleRows.length < sampleSize) sampleRows.push(Object.fromEntries(csv.columns.map((column, i) => [column, row.cells[i] ?? ''])));
    if (totalRows % importBatchSize === 0) options.onProgress?.({ phase: 'checking', done: row.bytes, total: 0 });
    if (fatal) continue;
    if ('errors' in row.result) {
      for (const error of row.result.errors) reject(error.line, error.column, error.message);
      continue;
    }
    const { email, supervisorEmail } = row.result.person;
    const firstLine = fileEmails.get(email);
    if (firstLine !== undefined) {
      reject(row.line, emailColumn, `email ${email} already appears on line ${firstLine}`);
      continue;
    }
    fileEmails.set(email, row.line);
    if (supervisorEmail) references.push({ line: row.line, email, supervisorEmail });
  }
  if (!fatal)
    await checkSupervisors(ctx, organizationId, references, fileEmails, invalidLines, (line, message) =>
      reject(line, supervisorColumn, message),
    );
  errors.sort((a, b) => a.line - b.line);
  const validRows = fatal ? 0 : totalRows - invalidLines.size;
  return {
    preview: { columns: csv.columns, mapping: csv.mapping, sampleRows, totalRows, validRows, errors },
    invalidLines,
    fatal,
  };
}

/**
 * A supervisor must be a person of the organization or a valid row of the file. Rows refused
 * for their supervisor can in turn be someone else's supervisor, so this repeats until stable.
 */
async function checkSupervisors(
  ctx: ServiceContext,
  organizationId: string,
  references: SupervisorReference[],
  fileEmails: Map<string, number>,
  invalidLines: Set<number>,
  reject: (line: number, message: string) => void,
): Promise<void> {
  const outside = [...new Set(references.map((ref) => ref.supervisorEmail))];
  const known = new Set<string>();
  for (let start = 0; start < outside.length; start += importBatchSize) {
    const found = await findEmailsInOrganization(ctx.db, organizationId, outside.slice(start, start + importBatchSize));
    for (const email of found) known.add(email);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const ref of references) {
      if (invalidLines.has(ref.line)) continue;
      const supervisorLine = fileEmails.get(ref.supervisorEmail);
      if (ref.supervisorEmail === ref.email) {
        reject(ref.line, 'supervisorEmail: a person cannot be their own supervisor');
      } else if (!known.has(ref.supervisorEmail) && (supervisorLine === undefined || invalidLines.has(supervisorLine))) {
        const where = supervisorLine === undefined ? 'in this organization' : `importable (line ${supervisorLine} has errors)`;
        reject(ref.line, `supervisorEmail: no person with email ${ref.supervisorEmail} ${where}`);
      } else {
        continue;
      }
      changed = true;
    }
  }
}
