import type { Command } from 'commander';
import type { EnrolOptions } from './enrol.action.ts';

/**
 * `constellation enrol --org SLUG --program ID --file people.csv [--as EMAIL]`: enrols the people
 * of a CSV (email and role columns) into a program in one transaction; any bad row refuses the
 * whole file, each named by line.
 */
export function registerEnrolCommand(program: Command): void {
  program
    .command('enrol')
    .description('Enrol the people of a CSV (email,role) into a program, all or nothing')
    .requiredOption('--org <slug>', 'organization slug')
    .requiredOption('--program <id>', 'the program’s id')
    .requiredOption('--file <file>', 'CSV file: a header line with email and role columns; `,`, `;` or tab separated')
    .option('--as <email>', 'who the enrolments are recorded as made by (a coordinator or admin; default: the program’s creator)')
    .action(async (options: EnrolOptions) => (await import('./enrol.action.ts')).enrolFromFile(options));
}
