import type { Command } from 'commander';
import { withRuntime } from '../with-runtime.ts';

/** `constellation db migrate`: applies pending migrations (the server also does at start). */
export function registerDatabaseCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations to the configured database')
    .action(() =>
      withRuntime(async ({ handle }) => {
        console.log(`Migrations applied (${handle.dialect}, ${handle.location}).`);
      }),
    );
}
