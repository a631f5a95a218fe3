import type { Command } from 'commander';

/**
 * `constellation serve [--demo]`: migrate, optionally seed the demo, and serve until SIGTERM.
 * With WORKERS=n (PostgreSQL) n processes serve the port and this one runs the jobs. The server
 * (Hono app, database driver, services) is imported when the command runs, not for `--help`.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web server (applies migrations first; WORKERS=n serves from n processes on PostgreSQL)')
    .option('--demo', 'create the demo organization if it does not exist')
    .action(async (options: { demo?: boolean }) => (await import('./serve.action.ts')).serve(options));
}
