import { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded on demand: `constellation match` should not pay for the web
 * server, the database drivers and every service before it starts.
 */
const commands: Record<string, () => Promise<Register>> = {
  serve: async () => (await import('./commands/serve.command.ts')).registerServeCommand,
  db: async () => (await import('./commands/db.command.ts')).registerDatabaseCommands,
  seed: async () => (await import('./commands/seed.command.ts')).registerSeedCommand,
  org: async () => (await import('./commands/org.command.ts')).registerOrganizationCommands,
  user: async () => (await import('./commands/user.command.ts')).registerUserCommands,
  import: async () => (await import('./commands/import.command.ts')).registerImportCommands,
  match: async () => (await import('./commands/match.command.ts')).registerMatchCommand,
  backup: async () => (await import('./commands/backup.command.ts')).registerBackupCommand,
  restore: async () => (await import('./commands/restore.command.ts')).registerRestoreCommand,
};

const program = new Command('constellation')
  .description('Constellation: mentoring programs and developmental networks')
  .showHelpAfterError();

const requested = process.argv[2];
const loaders = requested && requested in commands ? [commands[requested]] : Object.values(commands);
for (const load of loaders) if (load) (await load())(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`constellation: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
