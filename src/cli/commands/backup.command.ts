import type { Command } from 'commander';

/** `constellation backup FILE`: every table of the configured database into one gzip'd file. */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description("Write every table of the configured database to FILE (gzip'd JSON lines; restores into PGlite or PostgreSQL)")
    .argument('<file>', 'where to write the backup, e.g. constellation.backup.gz')
    .action(async (file: string) => {
      const [{ withRuntime }, { backupDatabase }, { backupProgressBar }] = await Promise.all([
        import('../with-runtime.ts'),
        import('../../services/backup/backup.service.ts'),
        import('./backup-progress.ts'),
      ]);
      await withRuntime(async ({ ctx, handle }) => {
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
      });
    });
}
