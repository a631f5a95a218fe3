import type { ColumnMapping, ImportPreview, ImportReport } from '../../../shared/schemas/imports.ts';
import { DomainError, forbidden } from '../../domain/errors.ts';
import { canImportPeople } from '../../domain/people-import.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import type { CsvSource } from './csv-people-reader.ts';
import { checkPeopleCsv, type ImportProgress } from './people-import-check.ts';
import { writePeopleCsv } from './people-import-write.ts';
import { recordAudit } from '../audit/audit-log.service.ts';

export type { CsvSource } from './csv-people-reader.ts';
export type { ImportProgress } from './people-import-check.ts';

export type ImportPeopleOptions = {
  /** Omitted: columns are matched to fields by their header names. */
  mapping?: ColumnMapping | undefined;
  /** Import the valid rows of a file that has errors (otherwise such a file writes nothing). */
  skipInvalidRows: boolean;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
};

function assertCanImport(actor: Actor): void {
  if (!canImportPeople(actor)) throw forbidden('not_an_admin', 'Only organization admins can import people');
}

/**
 * Checks a CSV without writing anything: the columns, the mapping in effect, the first rows, and
 * every error by line and column. The CLI's `--dry-run` is this.
 *
 * @example const preview = await checkPeopleImport(ctx, organizationId, { path: 'people.csv' });
 */
export async function checkPeopleImport(
  ctx: ServiceContext,
  organizationId: string,
  source: CsvSource,
  options: Omit<ImportPeopleOptions, 'skipInvalidRows'> = {},
): Promise<ImportPreview> {
  return (await checkPeopleCsv(ctx, organizationId, source, options)).preview;
}

/**
 * Imports people from a CSV into one organization, upserting by email, in two streaming passes:
 * the first validates everything and writes nothing; the second writes the valid rows in
 * batches, each batch in its own transaction. A file with errors is refused whole (422
 * `import_has_errors`, nothing written) unless `skipInvalidRows` is set; a file that cannot be
 * read or mapped is always refused. Importing the same file again changes nothing.
 *
 * @example const report = await importPeople(ctx, organizationId, { path: 'people.csv' }, { skipInvalidRows: false });
 */
export async function importPeople(
  ctx: ServiceContext,
  organizationId: string,
  source: CsvSource,
  options: ImportPeopleOptions,
): Promise<ImportReport> {
  const check = await checkPeopleCsv(ctx, organizationId, source, options);
  const { errors, mapping, validRows } = check.preview;
  if (check.fatal) {
    throw new DomainError('invalid', 'import_file_invalid', 'The file cannot be imported: fix the errors on the listed lines', errors);
  }
  if (errors.length > 0 && !options.skipInvalidRows) {
    throw new DomainError(
      'invalid',
      'import_has_errors',
      `The file has ${errors.length} error(s) on ${check.invalidLines.size} row(s); fix them, or import only the valid rows`,
      errors,
    );
  }
  const written = await writePeopleCsv(ctx, organizationId, source, {
    mapping,
    invalidLines: check.invalidLines,
    total: validRows,
    onProgress: options.onProgress,
  });
  ctx.logger.info(
    { organizationId, created: written.created, updated: written.updated, skipped: check.invalidLines.size },
    'people imported',
  );
  return {
    created: written.created,
    updated: written.updated,
    unchanged: written.unchanged,
    skipped: check.invalidLines.size,
    errors,
  };
}

/** The preview step of the web import, for organization admins. */
export async function previewPeopleImport(
  ctx: ServiceContext,
  actor: Actor,
  request: { csv: string; mapping?: ColumnMapping | undefined },
): Promise<ImportPreview> {
  assertCanImport(actor);
  return checkPeopleImport(ctx, actor.organizationId, { text: request.csv }, { mapping: request.mapping });
}

/** The commit step of the web import, for organization admins. */
export async function commitPeopleImport(
  ctx: ServiceContext,
  actor: Actor,
  request: { csv: string; mapping?: ColumnMapping | undefined; skipInvalidRows: boolean },
): Promise<ImportReport> {
  assertCanImport(actor);
  const report = await importPeople(ctx, actor.organizationId, { text: request.csv }, request);
  await recordAudit(
    ctx.db,
    actor,
    'people_imported',
    { type: 'organization', id: actor.organizationId },
    { created: report.created, updated: report.updated, skipped: report.skipped },
  );
  return report;
}
