import type { Command } from 'commander';

/** `constellation db migrate`: applies pending migrations (the server also does at start). */
export function registerDatabaseCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations to the configured database')
    .action(async () => {
      const { withRuntime } = await import('../with-runtime.ts');
      await withRuntime(async ({ handle }) => {
        console.log(`Migrations applied (${handle.dialect}, ${handle.location}).`);
      });
    });
}
