import type { Command } from 'commander';

/** `constellation restore FILE [--force]`: a backup into the configured database, all or nothing. */
export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('Restore a backup FILE into the configured database (in one transaction)')
    .argument('<file>', 'a file written by `constellation backup`')
    .option('--force', 'replace the data of a database that is not empty')
    .action(async (file: string, options: { force?: boolean }) => {
      const [{ withRuntime }, { restoreDatabase }, { backupProgressBar }] = await Promise.all([
        import('../with-runtime.ts'),
        import('../../services/backup/restore.service.ts'),
        import('./backup-progress.ts'),
      ]);
      await withRuntime(async ({ ctx, handle }) => {
        const progress = backupProgressBar('Restoring');
        try {
          const summary = await restoreDatabase(ctx, file, { force: options.force ?? false }, progress.onProgress);
          progress.stop();
          console.log(`Restored ${summary.rows} rows into ${summary.tables} tables (${handle.dialect}, ${handle.location}).`);
        } finally {
          progress.stop();
        }
      });
    });
}
