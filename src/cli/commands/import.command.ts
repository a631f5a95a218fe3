import type { Command } from 'commander';
import type { ImportPeopleOptions } from './import.action.ts';
import { importTargetFields } from '../../../shared/schemas/imports.ts';

/**
 * `constellation import people FILE --org SLUG [--dry-run] [--skip-invalid-rows] [--map field=Column …]`:
 * streams the file, so files of any size import with flat memory.
 */
export function registerImportCommands(program: Command): void {
  const imports = program.command('import').description('Bring data in from files');
  imports
    .command('people')
    .description('Import people from an HR export (CSV), upserting by email')
    .argument('<file>', 'CSV file: header line first; `,`, `;` or tab separated')
    .requiredOption('--org <slug>', 'organization slug')
    .option('--dry-run', 'check the file and list every error; write nothing')
    .option('--skip-invalid-rows', 'import the valid rows of a file that has errors')
    .option(
      '--map <field=Column>',
      `map a field to a column (repeatable); fields: ${importTargetFields.join(', ')}`,
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (file: string, options: ImportPeopleOptions) => (await import('./import.action.ts')).importPeopleFile(file, options));
}
