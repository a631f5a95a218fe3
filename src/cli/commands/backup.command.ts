import type { Command } from 'commander';
import { backupDatabase } from '../../services/backup/backup.service.ts';
import { withRuntime } from '../with-runtime.ts';
import { backupProgressBar } from './backup-progress.ts';

/** `constellation backup FILE`: every table of the configured database into one gzip'd file. */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description("Write every table of the configured database to FILE (gzip'd JSON lines; restores into PGlite or PostgreSQL)")
    .argument('<file>', 'where to write the backup, e.g. constellation.backup.gz')
    .action((file: string) =>
      withRuntime(async ({ ctx, handle }) => {
        const progress = backupProgressBar('Backing up');
        try {
          const summary = await backupDatabase(ctx, file, progress.onProgress);
          progress.stop();
          console.log(
            `Backup written to ${file}: ${summary.rows} rows from ${summary.tables} tables (${handle.dialect}, ${handle.location}).`,
          );
        } finally {
          progress.stop();
        }
      }),
    );
}
