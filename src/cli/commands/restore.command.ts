import type { Command } from 'commander';
import { restoreDatabase } from '../../services/backup/restore.service.ts';
import { withRuntime } from '../with-runtime.ts';
import { backupProgressBar } from './backup-progress.ts';

/** `constellation restore FILE [--force]`: a backup into the configured database, all or nothing. */
export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('Restore a backup FILE into the configured database (in one transaction)')
    .argument('<file>', 'a file written by `constellation backup`')
    .option('--force', 'replace the data of a database that is not empty')
    .action((file: string, options: { force?: boolean }) =>
      withRuntime(async ({ ctx, handle }) => {
        const progress = backupProgressBar('Restoring');
        try {
          const summary = await restoreDatabase(ctx, file, { force: options.force ?? false }, progress.onProgress);
          progress.stop();
          console.log(`Restored ${summary.rows} rows into ${summary.tables} tables (${handle.dialect}, ${handle.location}).`);
        } finally {
          progress.stop();
        }
      }),
    );
}
