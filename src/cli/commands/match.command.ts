import type { Command } from 'commander';
import type { MatchOptions } from './match.action.ts';

/**
 * `constellation match --input cohort.json --output result.json [--policy score|participation]
 * [--mode optimal|stable]`: matches a cohort from an HR export. Malformed input is refused with
 * a message naming the entry, exit code 2, and no output file.
 */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Match a cohort from a JSON file (explicit scores or profiles)')
    .requiredOption('--input <file>', 'cohort JSON')
    .requiredOption('--output <file>', 'where to write the result JSON')
    .option('--policy <policy>', 'score | participation', 'score')
    .option('--mode <mode>', 'optimal | stable', 'optimal')
    .option('--min-score <score>', 'never propose pairs scoring below this')
    .action(async (options: MatchOptions) => (await import('./match.action.ts')).matchCohortFile(options));
}
