import { Command } from 'commander';
import { registerBackupCommand } from './commands/backup.command.ts';
import { registerDatabaseCommands } from './commands/db.command.ts';
import { registerEnrolCommand } from './commands/enrol.command.ts';
import { registerImportCommands } from './commands/import.command.ts';
import { registerMatchCommand } from './commands/match.command.ts';
import { registerOrganizationCommands } from './commands/org.command.ts';
import { registerRestoreCommand } from './commands/restore.command.ts';
import { registerSeedCommand } from './commands/seed.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerUserCommands } from './commands/user.command.ts';

/**
 * The `constellation` command line. Each `*.command.ts` only declares its command (options and
 * help); what the command does, with its heavy imports (database driver, Hono app, matching
 * engine), is imported by its action, so `--help` and every other command start at once.
 */
const program = new Command('constellation')
  .description('Constellation: mentoring programs and developmental networks')
  .showHelpAfterError();
for (const register of [
  registerServeCommand,
  registerDatabaseCommands,
  registerSeedCommand,
  registerOrganizationCommands,
  registerUserCommands,
  registerImportCommands,
  registerEnrolCommand,
  registerMatchCommand,
  registerBackupCommand,
  registerRestoreCommand,
])
  register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`constellation: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
