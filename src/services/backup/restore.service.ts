import {
  findNonEmptyTables,
  insertTableRows,
  listTablesInDependencyOrder,
  readMigrationLevel,
  resetSequences,
  truncateTables,
  type BackupTable,
} from '../../db/backup.ts';
import type { Transaction } from '../../db/database.ts';
import { conflict } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { invalidBackup, openBackupFile, type BackupHeader, type BackupLine } from './backup-file.ts';
import type { BackupProgress, BackupSummary } from './backup.service.ts';

/** Rows sent to the database per insert statement. */
const BATCH_ROWS = 500;

/**
 * Restores a backup made by `backupDatabase` into the configured database, in one transaction:
 * a failure anywhere leaves the database as it was. Refuses a database that already holds rows
 * unless `force` (which empties it first), and a backup made at another migration level.
 *
 * @example await restoreDatabase(ctx, 'constellation.backup.gz', { force: false });
 */
export async function restoreDatabase(
  ctx: ServiceContext,
  file: string,
  options: { force: boolean },
  onProgress: BackupProgress = () => undefined,
): Promise<BackupSummary> {
  const { header, lines } = await openBackupFile(file);
  const level = await readMigrationLevel(ctx.db);
  if (level.last !== header.migrations.last || level.count !== header.migrations.count) {
    throw conflict(
      'migration_level_mismatch',
      `The backup was made at migration level ${header.migrations.count} and this database is at ${level.count}; restore it with the Constellation version that made it`,
      { backup: header.migrations, database: level },
    );
  }
  const tables = await listTablesInDependencyOrder(ctx.db);
  return ctx.db.transaction(async (trx) => {
    const filled = await findNonEmptyTables(trx, tables);
    if (filled.length > 0 && !options.force) {
      throw conflict('database_not_empty', `The database already holds data (${filled.join(', ')}); restore with --force to replace it`, {
        tables: filled,
      });
    }
    if (options.force) await truncateTables(trx, tables);
    const rows = await copyRows(trx, header, tables, lines, onProgress);
    await resetSequences(trx);
    return { tables: header.tables.length, rows };
  });
}

async function copyRows(
  trx: Transaction,
  header: BackupHeader,
  tables: BackupTable[],
  lines: AsyncGenerator<BackupLine>,
  onProgress: BackupProgress,
): Promise<number> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  for (const { name } of header.tables) if (!byName.has(name)) throw invalidBackup(`table ${name} does not exist in this database`);
  const total = header.tables.reduce((sum, table) => sum + table.rows, 0);
  let done = 0;
  let batch: string[] = [];
  let current: BackupTable | undefined;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    await insertTableRows(trx, current, batch);
    done += batch.length;
    batch = [];
    onProgress(done, total, current.name);
  };
  for await (const line of lines) {
    if ('end' in line) {
      await flush();
      if (line.rows !== done || done !== total) throw invalidBackup(`it holds ${done} rows but says ${line.rows}`);
      return done;
    }
    if (line.table !== current?.name) {
      await flush();
      current = byName.get(line.table);
      if (!current) throw invalidBackup(`table ${line.table} does not exist in this database`);
    }
    batch.push(line.rowJson);
    if (batch.length >= BATCH_ROWS) await flush();
  }
  throw invalidBackup('the file is truncated (no end marker)');
}
