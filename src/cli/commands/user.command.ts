import type { Command } from 'commander';
import { organizationRoles, type OrganizationRole } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { DisplayNameSchema, EmailSchema, PasswordSchema } from '../../../shared/schemas/common.ts';
import { createPerson } from '../../services/person.service.ts';
import { findOrganization } from '../../services/organization.service.ts';
import { withRuntime } from '../with-runtime.ts';

type UserCreateOptions = { org: string; email: string; name: string; role: string; password?: string };

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
    .action((options: UserCreateOptions) =>
      withRuntime(async ({ ctx }) => {
        if (!(organizationRoles as readonly string[]).includes(options.role)) {
          throw new Error(`--role must be one of ${organizationRoles.join(', ')}`);
        }
        const email = EmailSchema.safeParse(options.email);
        const name = DisplayNameSchema.safeParse(options.name);
        const password = PasswordSchema.safeParse(options.password ?? process.env.CONSTELLATION_PASSWORD);
        if (!email.success) throw new Error('--email is not a valid email address');
        if (!name.success) throw new Error(`--name must be 1-${limits.nameMax} characters on one line, without control characters`);
        if (!password.success) throw new Error('a password of at least 12 (and at most 200) characters is required');
        const organization = await findOrganization(ctx, options.org);
        if (!organization) throw new Error(`no organization with slug "${options.org}"`);
        const person = await createPerson(ctx, organization.id, {
          email: email.data,
          displayName: name.data,
          organizationRole: options.role as OrganizationRole,
          password: password.data,
        });
        console.log(`Created ${person.displayName} <${person.email}> as ${person.organizationRole} (${person.id}).`);
      }),
    );
}
