import type { Command } from 'commander';
import type { UserCreateOptions } from './user.action.ts';
import { organizationRoles } from '../../../shared/enums.ts';

/**
 * `constellation user create --org aurora --email … --name … --role admin`; the password comes
 * from --password or the CONSTELLATION_PASSWORD variable (kept out of shell history). An easily
 * guessed password is refused by createPerson's password policy, as everywhere else.
 */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('People and their accounts');
  user
    .command('create')
    .description('Create a person who can sign in')
    .requiredOption('--org <slug>', 'organization slug')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', `organization role (${organizationRoles.join(', ')})`, 'member')
    .option('--password <password>', 'password (or set CONSTELLATION_PASSWORD)')
    .action(async (options: UserCreateOptions) => (await import('./user.action.ts')).createUser(options));
}
