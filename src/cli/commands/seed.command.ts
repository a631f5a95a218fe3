import type { Command } from 'commander';

/** `constellation seed --demo`: the demo organization (Aurora Labs), if it does not exist yet. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Load data into the configured database')
    .requiredOption('--demo', 'the demo organization (Aurora Labs)')
    .action(async () => (await import('./seed.action.ts')).seedDemo());
}
