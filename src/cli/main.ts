import { Command } from 'commander';
import { registerDatabaseCommands } from './commands/db.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerSeedCommand } from './commands/seed.command.ts';
import { registerUserCommands } from './commands/user.command.ts';
import { registerOrganizationCommands } from './commands/org.command.ts';
import { registerMatchCommand } from './commands/match.command.ts';
import { registerImportCommands } from './commands/import.command.ts';

const program = new Command('constellation')
  .description('Constellation: mentoring programs and developmental networks')
  .showHelpAfterError();

registerServeCommand(program);
registerDatabaseCommands(program);
registerSeedCommand(program);
registerOrganizationCommands(program);
registerUserCommands(program);
registerMatchCommand(program);
registerImportCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`constellation: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
