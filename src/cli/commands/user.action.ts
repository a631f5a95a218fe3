import { organizationRoles, type OrganizationRole } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { DisplayNameSchema, EmailSchema, PasswordSchema } from '../../../shared/schemas/common.ts';
import { createPerson } from '../../services/person.service.ts';
import { findOrganization } from '../../services/organization.service.ts';
import { withRuntime } from '../with-runtime.ts';

export type UserCreateOptions = { org: string; email: string; name: string; role: string; password?: string };

/** Runs `constellation user create`: checks the options, then creates the person in the organization. */
export function createUser(options: UserCreateOptions): Promise<void> {
  return withRuntime(async ({ ctx }) => {
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
  });
}
