import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { countTableRows, listTablesInDependencyOrder, readMigrationLevel, readTableRows } from '../../db/backup.ts';
import type { Transaction } from '../../db/database.ts';
import type { ServiceContext } from '../context.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, endLine, headerLine, rowLine, type BackupHeader } from './backup-file.ts';

/** Called as rows are copied: rows done so far, rows in all, and the table being copied. */
export type BackupProgress = (done: number, total: number, table: string) => void;

/** What a backup or restore copied. */
export type BackupSummary = { tables: number; rows: number };

/**
 * Writes every application table to `file` (gzip'd JSON lines, see backup-file.ts) from one
 * consistent snapshot: a read-only repeatable-read transaction, so writes made meanwhile are
 * either wholly in the backup or not at all. The file appears only once complete.
 *
 * @example const { rows } = await backupDatabase(ctx, 'constellation.backup.gz');
 */
export async function backupDatabase(
  ctx: ServiceContext,
  file: string,
  onProgress: BackupProgress = () => undefined,
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  try {
    const summary = await ctx.db.transaction((trx) => writeSnapshot(trx, partial, onProgress), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    await rename(partial, file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeSnapshot(trx: Transaction, file: string, onProgress: BackupProgress): Promise<BackupSummary> {
  const tables = await listTablesInDependencyOrder(trx);
  const counted: BackupHeader['tables'] = [];
  for (const table of tables) counted.push({ name: table.name, rows: await countTableRows(trx, table.name) });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: await readMigrationLevel(trx),
    tables: counted,
  };
  const total = counted.reduce((sum, table) => sum + table.rows, 0);
  let done = 0;
  async function* lines(): AsyncGenerator<string> {
    yield headerLine(header);
    for (const table of tables) {
      for await (const page of readTableRows(trx, table.name)) {
        yield page.map((row) => rowLine(table.name, row)).join('');
        done += page.length;
        onProgress(done, total, table.name);
      }
    }
    yield endLine(done);
  }
  await pipeline(lines(), createGzip(), createWriteStream(file, { mode: 0o600 }));
  return { tables: tables.length, rows: done };
}
