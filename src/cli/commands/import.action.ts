import { existsSync, statSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { importTargetFields, type ColumnMapping, type ImportError, type ImportTargetField } from '../../../shared/schemas/imports.ts';
import { DomainError } from '../../domain/errors.ts';
import { findOrganization } from '../../services/organization.service.ts';
import { checkPeopleImport, importPeople, type ImportProgress } from '../../services/import/people-import.service.ts';
import { withRuntime } from '../with-runtime.ts';

export type ImportPeopleOptions = { org: string; dryRun?: boolean; skipInvalidRows?: boolean; map: string[] };

/** `--map field=Column`, repeatable; the fields not given are matched by header name. */
function parseMapping(pairs: string[]): ColumnMapping | undefined {
  if (pairs.length === 0) return undefined;
  const mapping: ColumnMapping = {};
  for (const pair of pairs) {
    const [field, ...column] = pair.split('=');
    if (!field || column.length === 0 || !(importTargetFields as readonly string[]).includes(field)) {
      throw new Error(`--map expects field=Column with a field among ${importTargetFields.join(', ')}; got "${pair}"`);
    }
    mapping[field as ImportTargetField] = column.join('=').trim();
  }
  return mapping;
}

function printErrors(errors: readonly ImportError[]): void {
  for (const error of errors) console.log(`  line ${error.line}${error.column ? ` [${error.column}]` : ''}: ${error.message}`);
}

/** A progress bar on stderr: bytes while checking, rows while writing. */
function progressBar(fileBytes: number) {
  const bar = new SingleBar(
    { format: '{phase} [{bar}] {percentage}% {value}/{total}', hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | undefined;
  return {
    update(progress: ImportProgress) {
      const total = progress.phase === 'checking' ? fileBytes : progress.total;
      if (progress.phase !== phase) {
        if (phase) bar.stop();
        bar.start(total, 0, { phase: progress.phase.padEnd(19) });
        phase = progress.phase;
      }
      bar.update(Math.min(progress.done, total));
    },
    stop() {
      if (phase) bar.stop();
    },
  };
}

/** Runs `constellation import people`: checks the file (dry run) or imports it, printing every error by line. */
export function importPeopleFile(file: string, options: ImportPeopleOptions): Promise<void> {
  return withRuntime(async ({ ctx }) => {
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
    const mapping = parseMapping(options.map);
    const organization = await findOrganization(ctx, options.org);
    if (!organization) throw new Error(`no organization with slug "${options.org}"`);
    const bar = progressBar(statSync(file).size);
    const source = { path: file };
    try {
      if (options.dryRun) {
        const preview = await checkPeopleImport(ctx, organization.id, source, { mapping, onProgress: (p) => bar.update(p) });
        bar.stop();
        console.log(
          `Dry run: ${preview.totalRows} rows, ${preview.validRows} valid, ${preview.errors.length} error(s); nothing was written.`,
        );
        console.log(
          `Columns: ${Object.entries(preview.mapping)
            .map(([field, column]) => `${field}=${column}`)
            .join(', ')}`,
        );
        printErrors(preview.errors);
        return;
      }
      const report = await importPeople(ctx, organization.id, source, {
        mapping,
        skipInvalidRows: options.skipInvalidRows ?? false,
        onProgress: (p) => bar.update(p),
      });
      bar.stop();
      console.log(`Created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped}.`);
      printErrors(report.errors);
    } catch (error) {
      bar.stop();
      if (error instanceof DomainError && Array.isArray(error.details)) {
        console.log(`${error.message} (${error.code}); nothing was written. Errors:`);
        printErrors(error.details as ImportError[]);
        if (error.code === 'import_has_errors') console.log('Fix them, or pass --skip-invalid-rows to import only the valid rows.');
      }
      throw error;
    }
  });
}
